import type { Tx } from '@/lib/db/client';
import { TZDate } from '@date-fns/tz';
import { addHours, isAfter, max, subDays, subYears } from 'date-fns';
import { buildIin } from '@/lib/iin/iin';
import { addCalendarDays, kzStartOfDay, kzToday } from '@/lib/time/today';
import { FEMALE_FIRST, LAST_ROOTS, MALE_FIRST } from './names';
import type { TRandom } from './random';

// Public-order work in the demo (issue 14; docs/decisions/035-public-order-retention.md): twelve
// records in the demo police user's district and elsewhere in the demo supervisor's region, each
// with 1–5 incidents over the last 18 months; some on the notice worklist (3+ incidents in 12
// months, no warning), some with a pending, signed or refused (before a witness) public-order
// warning, one whose last incident is over three years ago (the nightly retention job removes it),
// and two incidents on a supervised person of the police user's district. Runs on its own random
// stream; nothing is dated after today. Warnings carry no document yet: the document route renders
// a missing PDF on demand from stored data.

type TPlan = { incidents: number; within12Months: boolean; warning?: 'PENDING' | 'SIGNED' | 'REFUSED'; expired?: boolean; otherDistrict?: boolean };

const PLANS: TPlan[] = [
  // The police notice worklist: three or more incidents in 12 months, no warning.
  { incidents: 3, within12Months: true },
  { incidents: 4, within12Months: true },
  { incidents: 5, within12Months: true },
  // Warned: pending signature, signed, refused before a witness.
  { incidents: 3, within12Months: true, warning: 'PENDING' },
  { incidents: 4, within12Months: true, warning: 'SIGNED' },
  { incidents: 3, within12Months: true, warning: 'REFUSED' },
  // Past its retention period: the nightly job removes it.
  { incidents: 2, within12Months: false, expired: true },
  // A few incidents over 18 months, under the threshold.
  { incidents: 1, within12Months: false },
  { incidents: 2, within12Months: false },
  // Elsewhere in the supervisor's region (the police user of the district does not see them).
  { incidents: 3, within12Months: true, otherDistrict: true },
  { incidents: 1, within12Months: false, otherDistrict: true },
  { incidents: 2, within12Months: false, otherDistrict: true },
];

const KINDS = ['NOISE', 'PETTY_HOOLIGANISM', 'DRUNK_IN_PUBLIC', 'NEIGHBOUR_CONFLICT', 'PROPERTY_DAMAGE', 'OTHER'] as const;

const DESCRIPTIONS: Record<(typeof KINDS)[number], string[]> = {
  NOISE: ['Громкая музыка после 23:00, жалоба соседей.', 'Шум и крики в квартире ночью, соседи вызвали полицию.'],
  PETTY_HOOLIGANISM: ['Нецензурная брань в общественном месте, на замечания не реагировал.', 'Приставал к прохожим у остановки.'],
  DRUNK_IN_PUBLIC: ['Находился во дворе в состоянии алкогольного опьянения, оскорбляющем человеческое достоинство.', 'В нетрезвом виде у входа в магазин.'],
  NEIGHBOUR_CONFLICT: ['Конфликт с соседями на лестничной площадке, угрозы.', 'Ссора с соседом из-за парковки, толкал его.'],
  PROPERTY_DAMAGE: ['Повредил дверь подъезда.', 'Разбил стекло в подъезде.'],
  OTHER: ['Систематически мусорит во дворе, на замечания отвечает грубостью.', 'Разжигал костёр на детской площадке.'],
};

const PLACES = [
  'двор дома {n} по ул. Кенесары',
  'подъезд дома {n} по пр. Республики',
  'остановка «Улица Иманова»',
  'магазин у дома {n} по ул. Сейфуллина',
  'детская площадка у дома {n} по ул. Бейбитшилик',
  'лестничная площадка дома {n} по ул. Абая',
];
/** Patronymics, male and female forms. */
const PATRONYMICS = [
  ['Маратович', 'Маратовна'],
  ['Серикович', 'Сериковна'],
  ['Ерланович', 'Ерлановна'],
  ['Нурланович', 'Нурлановна'],
  ['Асхатович', 'Асхатовна'],
  ['Канатович', 'Канатовна'],
  ['Сергеевич', 'Сергеевна'],
  ['Игоревич', 'Игоревна'],
  ['Алексеевич', 'Алексеевна'],
  ['Дмитриевич', 'Дмитриевна'],
] as const;
const STREETS = ['ул. Кенесары', 'пр. Республики', 'ул. Сейфуллина', 'ул. Бейбитшилик', 'ул. Абая', 'ул. Иманова'];

/** UTC-midnight calendar date `days` before today. */
const daysAgo = (today: Date, days: number) => addCalendarDays(today, -days);

/** Kazakh and Russian names; the female form of a surname root adds «а». */
function name(rng: TRandom) {
  const female = rng.chance(0.25);
  const root = rng.pick(LAST_ROOTS);
  return {
    sex: female ? ('FEMALE' as const) : ('MALE' as const),
    firstName: rng.pick(female ? FEMALE_FIRST : MALE_FIRST),
    lastName: female ? `${root}а` : root,
    middleName: rng.chance(0.8) ? rng.pick(PATRONYMICS)[female ? 1 : 0] : null,
  };
}

async function freshIin(tx: Tx, rng: TRandom, sex: 'MALE' | 'FEMALE') {
  for (;;) {
    const birthDate = new Date(Date.UTC(rng.int(1976, 2003), rng.int(0, 11), rng.int(1, 28)));
    const iin = buildIin(birthDate, sex, rng.int(1000, 9999));
    if (!iin) continue;
    const taken = (await tx.person.count({ where: { iin } })) + (await tx.publicOrderPerson.count({ where: { iin } }));
    if (taken === 0) return { iin, birthDate };
  }
}

export async function seedPublicOrderDemo(tx: Tx, rng: TRandom, { today: now, policeId, districtId }: { today: Date; policeId: string; districtId: string }) {
  const today = kzToday(now);
  const district = await tx.district.findUniqueOrThrow({ where: { id: districtId } });
  const otherDistrict =
    (await tx.district.findFirst({ where: { regionId: district.regionId, id: { not: districtId } }, orderBy: { code: 'asc' } })) ?? district;
  const kinds = new Map((await tx.incidentKind.findMany({ select: { id: true, code: true } })).map((k) => [k.code, k.id]));
  const basis =
    (await tx.legalBasis.findUnique({ where: { code: 'law-245-VIII-2025' } })) ?? (await tx.legalBasis.findFirstOrThrow({ orderBy: { inForceFrom: 'asc' } }));
  /** An instant during the Kazakhstan day `day` (a few hours in), never after now. */
  const during = (day: Date) => {
    const at = addHours(kzStartOfDay(day), rng.int(9, 20));
    return isAfter(at, now) ? now : at;
  };
  const incidentData = (day: Date) => {
    const kind = rng.pick(KINDS);
    return {
      occurredOn: day,
      place: rng.pick(PLACES).replace('{n}', String(rng.int(1, 60))),
      kindId: kinds.get(kind)!,
      protocolNumber: rng.chance(0.4) ? `АП-${rng.int(100000, 999999)}` : null,
      description: rng.pick(DESCRIPTIONS[kind]),
      recordedById: policeId,
      createdAt: during(day),
    };
  };

  let records = 0;
  for (const plan of PLANS) {
    const person = name(rng);
    const { iin, birthDate } = await freshIin(tx, rng, person.sex);
    // Incident days, oldest first: within 12 months for the worklist, else over 18 months.
    const days = Array.from({ length: plan.incidents }, () =>
      plan.expired
        ? new Date(subDays(subYears(new TZDate(today, 'UTC'), 3), rng.int(20, 200)).getTime())
        : daysAgo(today, plan.within12Months ? rng.int(plan.warning ? 20 : 0, 330) : rng.int(0, 540)),
    ).sort((a, b) => a.getTime() - b.getTime());
    const last = days[days.length - 1];
    const target = plan.otherDistrict ? otherDistrict : district;
    const created = during(days[0]);
    const record = await tx.publicOrderPerson.create({
      data: {
        iin,
        birthDate,
        ...person,
        districtId: target.id,
        // Set from the district by the trigger.
        regionId: target.regionId,
        locality: target.nameRu,
        street: rng.pick(STREETS),
        building: String(rng.int(1, 120)),
        apartment: rng.chance(0.7) ? String(rng.int(1, 200)) : null,
        createdById: policeId,
        lastIncidentOn: last,
        createdAt: created,
      },
    });
    const incidents = await tx.publicOrderIncident.createManyAndReturn({
      data: days.map((day) => ({ ...incidentData(day), publicOrderPersonId: record.id })),
      select: { id: true },
    });
    records += 1;
    if (!plan.warning) continue;
    // Issued after the last incident it refers to; the outcome on or after that day, by today.
    const issuedOn = addCalendarDays(last, rng.int(1, 10));
    const issuedAt = during(issuedOn);
    const outcomeOn = max([issuedOn, daysAgo(today, rng.int(0, 5))]);
    const outcome =
      plan.warning === 'SIGNED'
        ? { outcome: 'SIGNED' as const, signedOn: outcomeOn, outcomeRecordedById: policeId, outcomeRecordedAt: max([issuedAt, during(outcomeOn)]) }
        : plan.warning === 'REFUSED'
          ? {
              outcome: 'REFUSED' as const,
              refusedOn: outcomeOn,
              refusalWitness: 'Ст. лейтенант полиции А. Жаксылыков',
              outcomeRecordedById: policeId,
              outcomeRecordedAt: max([issuedAt, during(outcomeOn)]),
            }
          : {};
    await tx.warning.create({
      data: {
        publicOrderPersonId: record.id,
        type: 'PUBLIC_ORDER_WARNING',
        legalBasisId: basis.id,
        issuedById: policeId,
        issuedAt,
        language: rng.chance(0.5) ? 'RU' : 'KK',
        ...outcome,
        incidents: { create: incidents.map((i) => ({ incidentId: i.id })) },
      },
    });
  }

  // Two incidents on a supervised person of the police user's district (their IIN was typed).
  const supervised = await tx.person.findFirst({ where: { districtId }, orderBy: { iin: 'asc' }, select: { id: true } });
  if (supervised) {
    await tx.publicOrderIncident.createMany({
      data: [rng.int(30, 200), rng.int(1, 29)].map((n) => ({ ...incidentData(daysAgo(today, n)), personId: supervised.id })),
    });
  }
  return { records };
}
