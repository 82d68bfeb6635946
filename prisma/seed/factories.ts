import type { Db, Tx } from '@/lib/db/client';
import type { Role, Sex } from '@/lib/generated/prisma/enums';
import { hashPassword } from '@/lib/auth/password';
import { buildIin } from '@/lib/iin/iin';
import { defaultOrderEnd } from '@/lib/supervision/term';
import { toRestrictionRow, type TRestrictionParams } from '@/lib/supervision/restrictions';
import { createRandom, type TRandom } from './random';
import { FEMALE_FIRST, FEMALE_PATRONYMIC, LAST_ROOTS, MALE_FIRST, MALE_PATRONYMIC, STREETS, femaleLastName } from './names';

// Factories shared by the demo seed and the tests, so both exercise the same shapes of data.

export const DEMO_PASSWORD = 'nadzor-demo';

let demoHash: Promise<string> | undefined;
/** The demo password's hash, computed once (argon2 is deliberately slow). */
export function demoPasswordHash() {
  demoHash ??= hashPassword(DEMO_PASSWORD);
  return demoHash;
}

type TClient = Db | Tx;

let uniqueCounter = 0;
/** A process-unique suffix for test records that must not collide (emails, serials). */
export function uniqueSuffix() {
  uniqueCounter++;
  return `${process.pid}-${Date.now().toString(36)}-${uniqueCounter}`;
}

export async function createUser(
  db: TClient,
  options: {
    role: Role;
    email?: string;
    fullName?: string;
    fullNameCyr?: string | null;
    fullNameLat?: string | null;
    position?: string | null;
    districtId?: string | null;
    courtId?: string | null;
    regionId?: string | null;
    password?: string;
  },
) {
  return db.user.create({
    data: {
      email: options.email ?? `${options.role.toLowerCase()}-${uniqueSuffix()}@test.kz`,
      fullName: options.fullName ?? `Test ${options.role.toLowerCase()}`,
      fullNameCyr: options.fullNameCyr ?? null,
      fullNameLat: options.fullNameLat ?? null,
      position: options.position ?? null,
      role: options.role,
      passwordHash: options.password ? await hashPassword(options.password) : await demoPasswordHash(),
      activatedAt: new Date(),
      districtId: options.districtId ?? null,
      courtId: options.courtId ?? null,
      regionId: options.regionId ?? null,
    },
  });
}

let serialCounter = Math.floor(Math.random() * 5000);
/** A valid IIN for a random-ish birth date; serials cycle so tests rarely collide. */
export function buildPersonIdentity(rng: TRandom, serial?: number) {
  const sex: Sex = rng.chance(0.93) ? 'MALE' : 'FEMALE';
  for (;;) {
    const birthDate = new Date(Date.UTC(rng.int(1955, 2002), rng.int(0, 11), rng.int(1, 28)));
    const iin = buildIin(birthDate, sex, serial ?? serialCounter++);
    if (!iin) {
      serial = serial === undefined ? undefined : serial + 1;
      continue;
    }
    const root = rng.pick(LAST_ROOTS);
    return {
      iin,
      birthDate,
      sex,
      lastName: sex === 'MALE' ? root : femaleLastName(root),
      firstName: rng.pick(sex === 'MALE' ? MALE_FIRST : FEMALE_FIRST),
      middleName: rng.pick(sex === 'MALE' ? MALE_PATRONYMIC : FEMALE_PATRONYMIC),
    };
  }
}

export function buildAddress(rng: TRandom, district: { id: string; lat: number; lng: number }, validFrom: Date) {
  return {
    kind: 'REGISTERED' as const,
    districtId: district.id,
    locality: '',
    street: `ул. ${rng.pick(STREETS)}`,
    building: String(rng.int(1, 180)),
    apartment: rng.chance(0.6) ? String(rng.int(1, 200)) : null,
    // Within ~3 km of the district centre.
    latitude: district.lat + (rng.next() - 0.5) * 0.05,
    longitude: district.lng + (rng.next() - 0.5) * 0.07,
    validFrom,
  };
}

export const STANDARD_RESTRICTIONS: TRestrictionParams[] = [
  { type: 'REPORTING', timesPerMonth: 2 },
  { type: 'CURFEW', from: '22:00', to: '06:00' },
  { type: 'EXCLUSION_ZONE', radiusM: 300, facilityTypes: ['SCHOOL', 'KINDERGARTEN', 'PLAYGROUND'] },
];

/**
 * Creates a person with one conviction, a registered address and an active order with the
 * given restrictions. Used directly by tests; the demo seed calls it for every person.
 */
export async function createPerson(
  db: TClient,
  options: {
    districtId: string;
    createdById: string;
    officerId?: string | null;
    articleId: string;
    courtId: string;
    legalBasisId: string;
    rng?: TRandom;
    identity?: Partial<ReturnType<typeof buildPersonIdentity>>;
    sentenceEnd?: Date;
    order?: { endDate?: Date | null; lifelong?: boolean; extensions?: number } | null;
    restrictions?: TRestrictionParams[];
    districtCentre?: { lat: number; lng: number };
    /** Extension rulings are never after this day (default: now). */
    today?: Date;
  },
) {
  const rng = options.rng ?? createRandom(Math.floor(Math.random() * 1e9));
  const identity = { ...buildPersonIdentity(rng), ...options.identity };
  const sentenceEnd = options.sentenceEnd ?? new Date(Date.UTC(rng.int(2016, 2025), rng.int(0, 11), rng.int(1, 28)));
  const verdictDate = new Date(Date.UTC(sentenceEnd.getUTCFullYear() - rng.int(3, 12), rng.int(0, 11), rng.int(1, 28)));
  const person = await db.person.create({
    data: {
      ...identity,
      districtId: options.districtId,
      officerId: options.officerId ?? null,
      createdById: options.createdById,
      convictions: {
        create: {
          articleId: options.articleId,
          courtId: options.courtId,
          verdictDate,
          sentenceEnd,
          minorVictim: true,
          caseNumber: `1-${rng.int(100, 999)}/${verdictDate.getUTCFullYear()}`,
        },
      },
      addresses: options.districtCentre ? { create: { ...buildAddress(rng, { id: options.districtId, ...options.districtCentre }, sentenceEnd) } } : undefined,
    },
  });
  if (options.order === null) return { person, order: null };

  const lifelong = options.order?.lifelong ?? false;
  const baseEnd = defaultOrderEnd(sentenceEnd, 8);
  const extensions = options.order?.extensions ?? 0;
  const finalEnd = lifelong ? null : (options.order?.endDate ?? baseEnd);
  const rulingDate = new Date(sentenceEnd.getTime() - 20 * 86_400_000);
  const rulingNumber = `2-${rng.int(1000, 9999)}/${rulingDate.getUTCFullYear()}`;
  const order = await db.supervisionOrder.create({
    data: {
      personId: person.id,
      legalBasisId: options.legalBasisId,
      courtId: options.courtId,
      rulingNumber,
      rulingDate,
      startDate: sentenceEnd,
      endDate: finalEnd,
      lifelong,
      restrictions: {
        create: (options.restrictions ?? STANDARD_RESTRICTIONS).map((r) => ({
          ...toRestrictionRow(r),
          effectiveFrom: sentenceEnd,
          rulingNumber,
          rulingDate,
          legalBasisId: options.legalBasisId,
        })),
      },
    },
  });
  // Extension chain: each link moved the end by 3 years; the last link lands on the final end.
  // A court rules on an extension before the end it extends, and never after today: links whose
  // ruling would fall after `today` have not happened yet, so the chain stops before them (the
  // last link that did happen lands on the final end). docs/date-rules.md: no event in the future.
  const today = options.today ?? new Date();
  const rulingFor = (previous: Date | null) => new Date((previous ?? sentenceEnd).getTime() - 40 * 86_400_000);
  let links = 0;
  for (let previous: Date | null = baseEnd, sequence = 1; sequence <= extensions; sequence++) {
    if (rulingFor(previous) > today) break;
    links = sequence;
    previous = defaultOrderEnd(previous!, 3);
  }
  if (extensions > 0 && links === 0) links = 1;
  if (links > 0) {
    let previous = baseEnd;
    for (let sequence = 1; sequence <= links; sequence++) {
      const isLast = sequence === links;
      const next = isLast ? finalEnd : defaultOrderEnd(previous!, 3);
      const ruled = rulingFor(previous);
      const decided = ruled > today ? today : ruled;
      await db.orderExtension.create({
        data: {
          orderId: order.id,
          sequence,
          previousEndDate: previous,
          newEndDate: next,
          lifelong: isLast && lifelong,
          rulingNumber: `2-${rng.int(1000, 9999)}/${decided.getUTCFullYear()}`,
          rulingDate: decided,
        },
      });
      previous = next;
    }
  }
  return { person, order };
}

/** Opens a server-side session for a user, as a successful sign-in and second factor would (tests). */
export async function createSession(db: TClient, user: { id: string; sessionVersion: number }) {
  return db.authSession.create({ data: { userId: user.id, sessionVersion: user.sessionVersion, mfaVerifiedAt: new Date() } });
}
