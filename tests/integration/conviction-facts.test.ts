import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, buildWorld, db, type TWorld } from '../helpers/world';
import { addConvictionAction, registerPersonAction } from '@/lib/persons/actions';
import { buildIin } from '@/lib/iin/iin';

// The conviction's risk facts through the forms' actions (docs/decisions/025-conviction-risk-facts.md).

let world: TWorld;
const SEED = process.env.FACTS_SEED ? Number(process.env.FACTS_SEED) : Math.floor(Math.random() * 3000);
console.info(`conviction-facts.test IIN seed: ${SEED}`);
let serial = 50_000 + SEED;

beforeAll(async () => {
  world = await buildWorld();
});

const base = () => ({
  articleId: world.article.id,
  courtId: world.court.id,
  caseNumber: '',
  verdictDate: '2015-03-02',
  sentenceEnd: '2020-03-01',
  minorVictim: true,
});
const facts = (overrides: Record<string, unknown> = {}) => ({
  sexualOffence: 'yes',
  victimAgeBand: '',
  victimSex: '',
  victimRelationship: '',
  contactOffence: '',
  nonSexualViolence: '',
  ...overrides,
});

describe('conviction risk facts', () => {
  it('add conviction stores the facts chosen, and "not recorded" as null', async () => {
    await actAs(world.users.police);
    const result = await addConvictionAction({
      personId: world.person.id,
      conviction: {
        ...base(),
        ...facts({ victimAgeBand: 'AGE_14_17', victimSex: 'MALE', victimRelationship: 'ACQUAINTANCE', contactOffence: 'no', nonSexualViolence: 'yes' }),
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await db.conviction.findUniqueOrThrow({ where: { id: result.data.convictionId } })).toMatchObject({
      sexualOffence: true,
      victimAgeBand: 'AGE_14_17',
      victimSex: 'MALE',
      victimRelationship: 'ACQUAINTANCE',
      contactOffence: false,
      nonSexualViolence: true,
    });

    const old = await addConvictionAction({ personId: world.person.id, conviction: { ...base(), ...facts() } });
    expect(old.ok).toBe(true);
    if (!old.ok) return;
    expect(await db.conviction.findUniqueOrThrow({ where: { id: old.data.convictionId } })).toMatchObject({
      sexualOffence: true,
      victimAgeBand: null,
      victimSex: null,
      victimRelationship: null,
      contactOffence: null,
      nonSexualViolence: null,
    });
    // A caller that does not send the facts at all (an older form) records a sexual offence, facts not recorded.
    const bare = await addConvictionAction({ personId: world.person.id, conviction: base() });
    expect(bare.ok).toBe(true);
  });

  it('refuses contradictions with messages next to the fields, and writes nothing', async () => {
    await actAs(world.users.police);
    const before = await db.conviction.count({ where: { personId: world.person.id } });
    const adultMinor = await addConvictionAction({ personId: world.person.id, conviction: { ...base(), ...facts({ victimAgeBand: 'ADULT' }) } });
    expect(adultMinor).toMatchObject({ ok: false, fieldErrors: { 'conviction.victimAgeBand': { key: 'convictionFacts.validation.adultButMinor' } } });
    const minorAdult = await addConvictionAction({
      personId: world.person.id,
      conviction: { ...base(), minorVictim: false, ...facts({ victimAgeBand: 'UNDER_14' }) },
    });
    expect(minorAdult).toMatchObject({ ok: false, fieldErrors: { 'conviction.victimAgeBand': { key: 'convictionFacts.validation.minorButNotMinor' } } });
    const nonSexual = await addConvictionAction({
      personId: world.person.id,
      conviction: { ...base(), ...facts({ sexualOffence: 'no', victimSex: 'FEMALE', contactOffence: 'yes', nonSexualViolence: 'yes' }) },
    });
    expect(nonSexual).toMatchObject({
      ok: false,
      fieldErrors: {
        'conviction.victimSex': { key: 'convictionFacts.validation.sexualOnly' },
        'conviction.contactOffence': { key: 'convictionFacts.validation.sexualOnly' },
      },
    });
    if (!nonSexual.ok) expect(nonSexual.fieldErrors).not.toHaveProperty(['conviction.nonSexualViolence']);
    const unknown = await addConvictionAction({ personId: world.person.id, conviction: { ...base(), ...facts({ victimRelationship: 'NEIGHBOUR' }) } });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { 'conviction.victimRelationship': { key: 'validation.invalid' } } });
    expect(await db.conviction.count({ where: { personId: world.person.id } })).toBe(before);
  });

  it('a prior non-sexual conviction keeps only its violence fact', async () => {
    await actAs(world.users.police);
    const result = await addConvictionAction({
      personId: world.person.id,
      conviction: { ...base(), ...facts({ sexualOffence: 'no', nonSexualViolence: 'yes' }) },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await db.conviction.findUniqueOrThrow({ where: { id: result.data.convictionId } })).toMatchObject({
      sexualOffence: false,
      victimAgeBand: null,
      contactOffence: null,
      nonSexualViolence: true,
    });
  });

  it('registration records the first conviction with its facts', async () => {
    await actAs(world.users.police);
    let iin: string | null = null;
    while (!iin) iin = buildIin(new Date('1971-09-23T00:00:00Z'), 'MALE', serial++);
    const result = await registerPersonAction({
      identity: { iin, lastName: 'Faktov', firstName: 'Daulet', middleName: '', birthDate: '1971-09-23', sex: 'MALE', districtId: world.district.id },
      aliases: [],
      address: {
        kind: 'REGISTERED',
        districtId: world.district.id,
        locality: 'Astana',
        street: 'Abay',
        building: '3',
        apartment: '',
        latitude: '',
        longitude: '',
        validFrom: '2021-05-01',
      },
      conviction: {
        ...base(),
        ...facts({ victimAgeBand: 'UNDER_14', victimSex: 'FEMALE', victimRelationship: 'FAMILY', contactOffence: 'yes', nonSexualViolence: 'no' }),
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const person = await db.person.findUniqueOrThrow({ where: { id: result.data.personId }, include: { convictions: true } });
    expect(person.convictions[0]).toMatchObject({
      victimAgeBand: 'UNDER_14',
      victimSex: 'FEMALE',
      victimRelationship: 'FAMILY',
      contactOffence: true,
      nonSexualViolence: false,
    });
  });
});
