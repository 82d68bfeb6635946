import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIin, decodeIin, iinCheckDigit, validateIin } from '@/lib/iin/iin';

const arbFacts = fc.record({
  birthDate: fc
    .date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))),
  sex: fc.constantFrom('MALE' as const, 'FEMALE' as const),
  serial: fc.integer({ min: 0, max: 9999 }),
});
const arbValid = arbFacts.map((f) => ({ ...f, iin: buildIin(f.birthDate, f.sex, f.serial) })).filter((f): f is typeof f & { iin: string } => f.iin !== null);

describe('IIN', () => {
  it('accepts known-good numbers computed by hand', () => {
    // 900101 3 0001 ? : weights 1..11 → 9*1+0+0+1*4+0+1*6+3*7+0+0+0+1*11 = 51 → 51 % 11 = 7
    expect(iinCheckDigit('90010130001')).toBe(7);
    expect(validateIin('900101300017')).toBeNull();
    expect(decodeIin('900101300017')).toEqual({ ok: true, facts: { birthDate: new Date('1990-01-01T00:00:00Z'), sex: 'MALE' } });
  });

  it('uses the second weight set when the first gives 10', () => {
    // Find a prefix whose first-weights sum is 10 mod 11 and check the second set is used.
    const prefix = '00010150000';
    const first = [...prefix].reduce((s, d, i) => s + Number(d) * (i + 1), 0) % 11;
    const second = [...prefix].reduce((s, d, i) => s + Number(d) * [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2][i], 0) % 11;
    if (first === 10) expect(iinCheckDigit(prefix)).toBe(second === 10 ? null : second);
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (p) => {
        const w1 = [...p].reduce((s, d, i) => s + Number(d) * (i + 1), 0) % 11;
        const w2 = [...p].reduce((s, d, i) => s + Number(d) * [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2][i], 0) % 11;
        const expected = w1 !== 10 ? w1 : w2 !== 10 ? w2 : null;
        expect(iinCheckDigit(p)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every generated valid IIN and decodes its birth date and sex', () => {
    fc.assert(
      fc.property(arbValid, ({ iin, birthDate, sex }) => {
        expect(validateIin(iin, { birthDate, sex })).toBeNull();
        const decoded = decodeIin(iin);
        expect(decoded.ok && decoded.facts.birthDate.getTime()).toBe(birthDate.getTime());
        expect(decoded.ok && decoded.facts.sex).toBe(sex);
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects a changed check digit', () => {
    fc.assert(
      fc.property(arbValid, fc.integer({ min: 1, max: 9 }), ({ iin }, delta) => {
        const corrupted = iin.slice(0, 11) + ((Number(iin[11]) + delta) % 10);
        expect(validateIin(corrupted)).toBe('checksum');
      }),
      { numRuns: 1000 },
    );
  });

  it('names the problem: format, century, date', () => {
    expect(validateIin('12345')).toBe('format');
    expect(validateIin('90010130001a')).toBe('format');
    expect(validateIin('900101700017')).toBe('century');
    expect(validateIin('900231300017')).toBe('date');
    expect(validateIin('000229300010')).toBe('date'); // 1900 was not a leap year
  });

  it('detects disagreement with the recorded birth date and sex', () => {
    fc.assert(
      fc.property(arbValid, fc.integer({ min: 1, max: 3650 }), ({ iin, birthDate, sex }, shift) => {
        expect(validateIin(iin, { birthDate: new Date(birthDate.getTime() + shift * 86_400_000), sex })).toBe('birthDateMismatch');
        expect(validateIin(iin, { birthDate, sex: sex === 'MALE' ? 'FEMALE' : 'MALE' })).toBe('sexMismatch');
      }),
      { numRuns: 500 },
    );
  });
});
