import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import type { TMessage } from '@/lib/actions/errors';
import { personScope } from '@/lib/persons/scope';
import type { TConflictAttempt } from '@/lib/conflicts/record-conflicts';
import { validateIin } from '@/lib/iin/iin';
import { orderStartRule, verdictRule } from '@/lib/validation/date-rules';
import { convictionFactProblems, type TConvictionFactField } from '@/lib/persons/conviction-facts';
import { COLUMN_SCHEMAS, COLUMNS, type TColumn, type TImportRow, type TRowError } from './schemas';
import type { TParsedRow } from './parse-registry-csv';

export type TReferenceMaps = {
  districts: Map<string, { id: string; regionId: string }>;
  articles: Map<string, { id: string; active: boolean }>;
  courts: Map<string, { id: string }>;
  bases: Map<string, { id: string; inForceFrom: Date; inForceTo: Date | null }>;
};

/** A row that passed every check, with codes resolved to ids. */
export type TValidRecord = Omit<TImportRow, 'district_code' | 'article_code' | 'court_code' | 'legal_basis_code'> & {
  row: number;
  districtId: string;
  articleId: string;
  courtId: string;
  legalBasisId: string;
};

/** The column of each conviction fact, to report a rule between facts where the user typed it. */
const FACT_COLUMNS: Partial<Record<TConvictionFactField, TColumn>> = {
  sexualOffence: 'sexual_offence',
  victimAgeBand: 'victim_age_band',
  victimSex: 'victim_sex',
  victimRelationship: 'victim_relationship',
  contactOffence: 'contact_offence',
  nonSexualViolence: 'non_sexual_violence',
};

/**
 * The conviction's risk facts of a row; "the victim was a minor" follows the age band when it is
 * given (an adult victim), and stays the import's default (a minor) otherwise.
 */
export function rowConvictionFacts(
  v: Pick<TImportRow, 'sexual_offence' | 'victim_age_band' | 'victim_sex' | 'victim_relationship' | 'contact_offence' | 'non_sexual_violence'>,
) {
  return {
    minorVictim: v.victim_age_band !== 'ADULT',
    sexualOffence: v.sexual_offence,
    victimAgeBand: v.victim_age_band,
    victimSex: v.victim_sex,
    victimRelationship: v.victim_relationship,
    contactOffence: v.contact_offence,
    nonSexualViolence: v.non_sexual_violence,
  };
}

const codesIn = (rows: TParsedRow[], column: TColumn) => [...new Set(rows.map((r) => r.cells[column]).filter(Boolean))];

/** The reference rows the file names, one query per table whatever the number of rows. */
export async function loadReferenceMaps(tx: Tx, rows: TParsedRow[]): Promise<TReferenceMaps> {
  const byCode = <T extends { code: string }>(list: T[]) => new Map(list.map((x) => [x.code, x]));
  // Sequential on purpose: a transaction is one connection, which runs one query at a time.
  const districts = await tx.district.findMany({ where: { code: { in: codesIn(rows, 'district_code') } }, select: { id: true, code: true, regionId: true } });
  const articles = await tx.criminalArticle.findMany({
    where: { code: { in: codesIn(rows, 'article_code') } },
    select: { id: true, code: true, active: true },
  });
  const courts = await tx.court.findMany({ where: { code: { in: codesIn(rows, 'court_code') } }, select: { id: true, code: true } });
  const bases = await tx.legalBasis.findMany({
    where: { code: { in: codesIn(rows, 'legal_basis_code') } },
    select: { id: true, code: true, inForceFrom: true, inForceTo: true },
  });
  return { districts: byCode(districts), articles: byCode(articles), courts: byCode(courts), bases: byCode(bases) };
}

/** An IIN of the file that is already registered, and whether the importing user may see that record. */
export type TExistingIin = { personId: string; visible: boolean };

/**
 * Which of the file's IINs are already registered, in two queries: all of them, then those the
 * actor may see (an administrator, the importing role, sees no person: every one is outside).
 */
export async function findExistingIins(tx: Tx, actor: TActor, rows: TParsedRow[]): Promise<Map<string, TExistingIin>> {
  const iins = codesIn(rows, 'iin').filter((v) => /^\d{12}$/.test(v));
  if (iins.length === 0) return new Map();
  const found = await tx.person.findMany({ where: { iin: { in: iins } }, select: { id: true, iin: true } });
  const visible = await tx.person.findMany({ where: { AND: [{ id: { in: found.map((p) => p.id) } }, personScope(actor)] }, select: { id: true } });
  const visibleIds = new Set(visible.map((p) => p.id));
  return new Map(found.map((p) => [p.iin, { personId: p.id, visible: visibleIds.has(p.id) }]));
}

function messageOf(issueMessage: string): TMessage {
  // Our schemas' messages are keys; anything else (zod's own defaults) reads as "invalid".
  return { key: /^(\w+\.)?validation\./.test(issueMessage) ? issueMessage : 'validation.invalid' };
}

/**
 * Checks every row and collects every reason, by row and column, so one dry run lists all that
 * needs fixing. Pure: the database facts (reference codes, registered IINs) are passed in.
 * A row whose IIN is registered outside the user's scope gets a neutral message that confirms
 * nothing and is returned in `conflicts` (the import records them for the district's supervisors;
 * docs/decisions/010-no-iin-existence-oracle.md); while its district is unknown it gets only that
 * district error, so that the message can name where the case goes.
 */
export function validateRows({ rows, refs, existingIins }: { rows: TParsedRow[]; refs: TReferenceMaps; existingIins: Map<string, TExistingIin> }) {
  const errors: TRowError[] = [];
  const records: TValidRecord[] = [];
  const conflicts: (TConflictAttempt & { row: number })[] = [];
  const firstRowOfIin = new Map<string, number>();

  for (const { row, cells } of rows) {
    const rowErrors: TRowError[] = [];
    const add = (column: TColumn, key: string, values?: TMessage['values']) => rowErrors.push({ row, column, message: { key, values } });
    const v: Partial<TImportRow> = {};
    const failed = new Set<TColumn>();
    for (const column of COLUMNS) {
      const parsed = COLUMN_SCHEMAS[column].safeParse(cells[column]);
      if (parsed.success) (v as Record<string, unknown>)[column] = parsed.data;
      else {
        failed.add(column);
        rowErrors.push({ row, column, message: messageOf(parsed.error.issues[0]?.message ?? '') });
      }
    }

    const district = v.district_code !== undefined ? refs.districts.get(v.district_code) : undefined;
    if (v.iin !== undefined) {
      const problem = validateIin(v.iin, { birthDate: v.birth_date, sex: v.sex });
      const firstRow = firstRowOfIin.get(v.iin);
      const existing = existingIins.get(v.iin);
      if (problem) add('iin', `validation.iin.${problem}`);
      else if (firstRow !== undefined) add('iin', 'importer.validation.iinDuplicate', { firstRow });
      else if (existing?.visible) add('iin', 'validation.iin.taken');
      else if (existing && district) {
        add('iin', 'registrationConflict.message.importRow', { district: v.district_code! });
        conflicts.push({ row, iin: v.iin, districtId: district.id, regionId: district.regionId, existingPersonId: existing.personId });
      }
      if (firstRow === undefined) firstRowOfIin.set(v.iin, row);
    }

    if (v.district_code !== undefined && !district) add('district_code', 'importer.validation.unknownCode', { code: v.district_code });
    const article = v.article_code !== undefined ? refs.articles.get(v.article_code) : undefined;
    if (v.article_code !== undefined && !article) add('article_code', 'importer.validation.unknownCode', { code: v.article_code });
    else if (article && !article.active) add('article_code', 'importer.validation.articleInactive', { code: v.article_code! });
    const court = v.court_code !== undefined ? refs.courts.get(v.court_code) : undefined;
    if (v.court_code !== undefined && !court) add('court_code', 'importer.validation.unknownCode', { code: v.court_code });
    const basis = v.legal_basis_code !== undefined ? refs.bases.get(v.legal_basis_code) : undefined;
    if (v.legal_basis_code !== undefined && !basis) add('legal_basis_code', 'importer.validation.unknownCode', { code: v.legal_basis_code });
    else if (basis && v.ruling_date && (basis.inForceFrom > v.ruling_date || (basis.inForceTo && basis.inForceTo < v.ruling_date))) {
      add('legal_basis_code', 'validation.basisNotInForce');
    }

    // The same rules as ZConviction and ZCreateOrder, named by column.
    if (v.verdict_date && v.sentence_end && v.sentence_end < v.verdict_date) add('sentence_end', 'validation.sentenceEndBeforeVerdict');
    // The same date rules as registration and orders (lib/validation/date-rules.ts).
    const verdictProblem = v.verdict_date && v.birth_date ? verdictRule(v.verdict_date, v.birth_date) : null;
    if (verdictProblem) add('verdict_date', verdictProblem);
    const startProblem = v.order_start && v.sentence_end ? orderStartRule(v.order_start, v.sentence_end) : null;
    if (startProblem) add('order_start', startProblem);
    if (!failed.has('lifelong') && !failed.has('order_end')) {
      if (v.lifelong && v.order_end) add('order_end', 'validation.lifelongWithEnd');
      else if (!v.lifelong && !v.order_end) add('order_end', 'validation.endRequired');
    }
    if (v.order_end && v.order_start && v.order_end <= v.order_start) add('order_end', 'validation.endBeforeStart');

    // The same rules between the conviction's facts as the conviction form (lib/persons/conviction-facts.ts).
    if (![...Object.values(FACT_COLUMNS)].some((c) => failed.has(c))) {
      for (const { field, key } of convictionFactProblems(rowConvictionFacts(v as TImportRow))) add(FACT_COLUMNS[field]!, key);
    }

    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    const ok = v as TImportRow;
    records.push({
      row,
      iin: ok.iin,
      last_name: ok.last_name,
      first_name: ok.first_name,
      middle_name: ok.middle_name,
      birth_date: ok.birth_date,
      sex: ok.sex,
      locality: ok.locality,
      street: ok.street,
      building: ok.building,
      apartment: ok.apartment,
      verdict_date: ok.verdict_date,
      sentence_end: ok.sentence_end,
      ruling_number: ok.ruling_number,
      ruling_date: ok.ruling_date,
      order_start: ok.order_start,
      order_end: ok.order_end,
      lifelong: ok.lifelong,
      sexual_offence: ok.sexual_offence,
      victim_age_band: ok.victim_age_band,
      victim_sex: ok.victim_sex,
      victim_relationship: ok.victim_relationship,
      contact_offence: ok.contact_offence,
      non_sexual_violence: ok.non_sexual_violence,
      districtId: district!.id,
      articleId: article!.id,
      courtId: court!.id,
      legalBasisId: basis!.id,
    });
  }
  return { records, errors, conflicts };
}
