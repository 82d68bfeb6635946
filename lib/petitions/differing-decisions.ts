import type { Db } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { petitionScope } from './scope';

export const DIFFERING_DECISIONS_SHOWN = 20;

/**
 * Court decisions that granted more than their petition asked (CourtDecision.differsFromRequest,
 * set by decidePetition), newest first, within the actor's scope (a supervisor: their region),
 * optionally narrowed to a district or officer as the dashboard is.
 */
export async function findDifferingDecisions({
  db,
  actor,
  filter = {},
  take = DIFFERING_DECISIONS_SHOWN,
}: {
  db: Db;
  actor: TActor;
  filter?: { districtId?: string; officerId?: string };
  take?: number;
}) {
  return db.courtDecision.findMany({
    where: {
      differsFromRequest: true,
      petition: {
        AND: [
          petitionScope(actor),
          filter.districtId ? { person: { districtId: filter.districtId } } : {},
          filter.officerId ? { person: { officerId: filter.officerId } } : {},
        ],
      },
    },
    orderBy: [{ decisionDate: 'desc' }, { createdAt: 'desc' }],
    take,
    select: {
      id: true,
      outcome: true,
      termYears: true,
      decisionNumber: true,
      decisionDate: true,
      petition: {
        select: {
          id: true,
          requestedLifelong: true,
          requestedTermYears: true,
          person: { select: { id: true, lastName: true, firstName: true } },
          court: { select: { nameEn: true, nameRu: true, nameKk: true } },
        },
      },
    },
  });
}
