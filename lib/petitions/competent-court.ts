import type { Tx } from '@/lib/db/client';
import { FieldError } from '@/lib/actions/errors';
import { CURRENT_REGISTERED_ADDRESS } from '@/lib/registry/rule';

// Which court a petition goes to (issue 9). The competent court is the district court of the
// person's registered address: the district of their current REGISTERED address, or, when none
// is on record, the district they are supervised in. Any active court of that district (reference
// data: Court.districtId) is competent; the first by code is the default. Another court may take
// the petition only if it is active and the drafter states why; an inactive court never.

type TCourtRef = { id: string; active: boolean; districtId: string | null };

export type TCompetentCourt = {
  /** The district whose courts are competent. */
  district: { id: string; code: string; nameEn: string; nameRu: string; nameKk: string };
  /** Where the district comes from: the registered address, or the supervising district when the record has none. */
  basis: 'REGISTERED_ADDRESS' | 'SUPERVISING_DISTRICT';
  /** The default court: the district's first active court by code; null when it has none. */
  court: { id: string; nameEn: string; nameRu: string; nameKk: string } | null;
};

const DISTRICT = { id: true, code: true, nameEn: true, nameRu: true, nameKk: true } as const;

export async function findCompetentCourt(tx: Tx, personId: string): Promise<TCompetentCourt> {
  const person = await tx.person.findUniqueOrThrow({
    where: { id: personId },
    select: {
      district: { select: DISTRICT },
      addresses: {
        where: CURRENT_REGISTERED_ADDRESS,
        orderBy: [{ validFrom: 'desc' }, { createdAt: 'desc' }],
        take: 1,
        select: { district: { select: DISTRICT } },
      },
    },
  });
  const registered = person.addresses[0]?.district;
  const district = registered ?? person.district;
  const court = await tx.court.findFirst({
    where: { districtId: district.id, active: true },
    orderBy: { code: 'asc' },
    select: { id: true, nameEn: true, nameRu: true, nameKk: true },
  });
  return { district, basis: registered ? 'REGISTERED_ADDRESS' : 'SUPERVISING_DISTRICT', court };
}

/** Whether this court is competent (an active court of the competent district). */
export function isCompetentCourt(court: TCourtRef, competent: Pick<TCompetentCourt, 'district'>): boolean {
  return court.active && court.districtId === competent.district.id;
}

/**
 * Why a petition cannot go to this court with this reason, or null when it can: an inactive
 * court never; another court than the competent one only with a reason.
 */
export function courtProblem(
  court: TCourtRef,
  competent: Pick<TCompetentCourt, 'district'>,
  reason: string | null | undefined,
): 'inactive' | 'reasonRequired' | null {
  if (!court.active) return 'inactive';
  if (isCompetentCourt(court, competent)) return null;
  return reason?.trim() ? null : 'reasonRequired';
}

/**
 * The competent court as a petition's default, or a form error naming the district without one
 * by its reference-data code (what an administrator needs to add its court; the code reads the
 * same in every language).
 */
export function requireCompetentCourt(competent: TCompetentCourt) {
  if (competent.court) return competent.court;
  throw new FieldError({ _form: { key: 'petitionCourt.validation.noCompetentCourt', values: { district: competent.district.code } } });
}
