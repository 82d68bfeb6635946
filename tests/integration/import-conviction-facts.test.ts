import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, buildWorld, db, type TWorld } from '../helpers/world';
import { checkImportAction, importRegistryAction } from '@/lib/importer/actions';
import { COLUMNS, type TRowError } from '@/lib/importer/schemas';
import { csvFile, csvText, importRows, type TRow } from '../helpers/import-csv';

// The conviction's risk facts in the registry import (docs/decisions/025-conviction-risk-facts.md):
// optional columns, checked like the conviction form, and files without them still import.

let world: TWorld;
// IIN serials from a logged seed; birth dates no other import test uses (IINs must not meet).
const SEED = process.env.IMPORT_SEED ? Number(process.env.IMPORT_SEED) : Math.floor(Math.random() * 3000);
console.info(`import-conviction-facts.test IIN seed: ${SEED}`);

beforeAll(async () => {
  world = await buildWorld();
});

const { validRow } = importRows(() => world, 40_000 + SEED);
const row = (overrides: TRow) => validRow({ birth_date: '1963-11-17', ...overrides });
const reasons = (errors: TRowError[]) => errors.map((e) => [e.row, e.column, e.message.key]);
const OLD_COLUMNS = COLUMNS.filter(
  (c) => !['sexual_offence', 'victim_age_band', 'victim_sex', 'victim_relationship', 'contact_offence', 'non_sexual_violence'].includes(c),
);

async function convictionOf(iin: string) {
  return (await db.person.findUniqueOrThrow({ where: { iin }, include: { convictions: true } })).convictions[0];
}

describe('registry import: conviction risk facts', () => {
  it('stores the facts given, case-insensitive; an adult victim is not a minor; empty cells are not recorded', async () => {
    const rows = [
      row({ victim_age_band: 'under_14', victim_sex: 'f', victim_relationship: 'Family', contact_offence: 'YES', non_sexual_violence: 'no' }),
      row({
        sexual_offence: 'yes',
        victim_age_band: 'ADULT',
        victim_sex: 'M',
        victim_relationship: 'STRANGER',
        contact_offence: 'no',
        non_sexual_violence: 'yes',
      }),
      row({}),
      row({ sexual_offence: 'no', non_sexual_violence: 'yes' }),
    ];
    await actAs(world.users.admin);
    const imported = await importRegistryAction({ file: csvFile(csvText(rows), 'facts.csv') });
    expect(imported).toMatchObject({ ok: true, data: { rows: 4 } });

    expect(await convictionOf(rows[0].iin)).toMatchObject({
      sexualOffence: true,
      minorVictim: true,
      victimAgeBand: 'UNDER_14',
      victimSex: 'FEMALE',
      victimRelationship: 'FAMILY',
      contactOffence: true,
      nonSexualViolence: false,
    });
    expect(await convictionOf(rows[1].iin)).toMatchObject({
      sexualOffence: true,
      minorVictim: false,
      victimAgeBand: 'ADULT',
      victimSex: 'MALE',
      victimRelationship: 'STRANGER',
      contactOffence: false,
      nonSexualViolence: true,
    });
    expect(await convictionOf(rows[2].iin)).toMatchObject({
      sexualOffence: true,
      minorVictim: true,
      victimAgeBand: null,
      victimSex: null,
      victimRelationship: null,
      contactOffence: null,
      nonSexualViolence: null,
    });
    expect(await convictionOf(rows[3].iin)).toMatchObject({ sexualOffence: false, victimAgeBand: null, contactOffence: null, nonSexualViolence: true });
  });

  it('imports a file written before the columns existed, the facts not recorded', async () => {
    const rows = [row({})];
    await actAs(world.users.admin);
    const imported = await importRegistryAction({ file: csvFile(csvText(rows, OLD_COLUMNS), 'old.csv') });
    expect(imported).toMatchObject({ ok: true, data: { rows: 1, counts: { convictions: 1 } } });
    expect(await convictionOf(rows[0].iin)).toMatchObject({
      sexualOffence: true,
      minorVictim: true,
      victimAgeBand: null,
      victimSex: null,
      contactOffence: null,
    });
  });

  it('reports values outside the lists and victim facts on a non-sexual conviction, by row and column', async () => {
    const rows = [
      row({
        victim_age_band: 'CHILD',
        victim_sex: 'X',
        victim_relationship: 'NEIGHBOUR',
        contact_offence: 'maybe',
        non_sexual_violence: '1',
        sexual_offence: 'perhaps',
      }), // row 2
      row({ sexual_offence: 'no', victim_age_band: 'UNDER_14', victim_relationship: 'FAMILY', contact_offence: 'yes' }), // row 3
      row({ sexual_offence: 'no', victim_sex: 'F' }), // row 4
    ];
    await actAs(world.users.admin);
    const personsBefore = await db.person.count();
    const checked = await checkImportAction({ file: csvFile(csvText(rows), 'bad-facts.csv') });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(reasons(checked.data.errors)).toEqual([
      [2, 'sexual_offence', 'convictionFacts.validation.yesNo'],
      [2, 'victim_age_band', 'convictionFacts.validation.ageBand'],
      [2, 'victim_sex', 'convictionFacts.validation.sex'],
      [2, 'victim_relationship', 'convictionFacts.validation.relationship'],
      [2, 'contact_offence', 'convictionFacts.validation.yesNo'],
      [2, 'non_sexual_violence', 'convictionFacts.validation.yesNo'],
      [3, 'victim_age_band', 'convictionFacts.validation.sexualOnly'],
      [3, 'victim_relationship', 'convictionFacts.validation.sexualOnly'],
      [3, 'contact_offence', 'convictionFacts.validation.sexualOnly'],
      [4, 'victim_sex', 'convictionFacts.validation.sexualOnly'],
    ]);
    const imported = await importRegistryAction({ file: csvFile(csvText(rows), 'bad-facts.csv') });
    expect(imported).toMatchObject({ ok: false, code: 'validation' });
    expect(await db.person.count()).toBe(personsBefore);
  });
});
