// Kazakhstan individual identification number (IIN), per ../shared/DOMAIN.md:
// YYMMDD, one digit for century and sex, a 4-digit serial, a check digit.

export type TSex = 'MALE' | 'FEMALE';

export type TIinProblem =
  | 'format' // not exactly 12 digits
  | 'century' // 7th digit not 1..6
  | 'date' // YYMMDD is not a calendar date
  | 'checksum' // check digit wrong, or both weight sets give 10
  | 'birthDateMismatch'
  | 'sexMismatch';

const WEIGHTS_FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const WEIGHTS_SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedMod11(digits: number[], weights: number[]): number {
  return digits.reduce((sum, d, i) => sum + d * weights[i], 0) % 11;
}

/** Check digit for the first 11 digits, or null when both weight sets give 10 (no valid IIN). */
export function iinCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const first = weightedMod11(digits, WEIGHTS_FIRST);
  if (first !== 10) return first;
  const second = weightedMod11(digits, WEIGHTS_SECOND);
  return second === 10 ? null : second;
}

const CENTURY_BASE: Record<string, number> = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 };

export type TIinFacts = { birthDate: Date; sex: TSex };

/** Decodes birth date (UTC midnight) and sex, or names the first problem found. */
export function decodeIin(iin: string): { ok: true; facts: TIinFacts } | { ok: false; problem: TIinProblem } {
  if (!/^\d{12}$/.test(iin)) return { ok: false, problem: 'format' };
  const centuryDigit = iin[6];
  const base = CENTURY_BASE[centuryDigit];
  if (base === undefined) return { ok: false, problem: 'century' };
  const year = base + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const birthDate = new Date(Date.UTC(year, month - 1, day));
  if (birthDate.getUTCFullYear() !== year || birthDate.getUTCMonth() !== month - 1 || birthDate.getUTCDate() !== day) {
    return { ok: false, problem: 'date' };
  }
  if (iinCheckDigit(iin.slice(0, 11)) !== Number(iin[11])) return { ok: false, problem: 'checksum' };
  const sex: TSex = Number(centuryDigit) % 2 === 1 ? 'MALE' : 'FEMALE';
  return { ok: true, facts: { birthDate, sex } };
}

function sameUtcDay(a: Date, b: Date) {
  return a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10);
}

/**
 * Validates an IIN and, when given, checks it agrees with the recorded birth date and sex.
 * Returns null when valid, else the problem (mapped to a message by the i18n layer).
 */
export function validateIin(iin: string, record?: { birthDate?: Date; sex?: TSex }): TIinProblem | null {
  const decoded = decodeIin(iin);
  if (!decoded.ok) return decoded.problem;
  if (record?.birthDate && !sameUtcDay(record.birthDate, decoded.facts.birthDate)) return 'birthDateMismatch';
  if (record?.sex && record.sex !== decoded.facts.sex) return 'sexMismatch';
  return null;
}

/** Builds a valid IIN from facts and a serial (used by factories and tests). */
export function buildIin(birthDate: Date, sex: TSex, serial: number): string | null {
  const y = birthDate.getUTCFullYear();
  const centuryIndex = Math.floor((y - 1800) / 100); // 0: 1800s, 1: 1900s, 2: 2000s
  if (centuryIndex < 0 || centuryIndex > 2) return null;
  const centuryDigit = centuryIndex * 2 + (sex === 'MALE' ? 1 : 2);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const first11 = pad(y % 100, 2) + pad(birthDate.getUTCMonth() + 1, 2) + pad(birthDate.getUTCDate(), 2) + centuryDigit + pad(serial % 10000, 4);
  const check = iinCheckDigit(first11);
  return check === null ? null : first11 + check;
}
