import type { Tx } from '@/lib/db/client';
import type { TRandom } from './random';

/**
 * Demo warnings: most persons signed the lifelong-restrictions notice, some refused before a
 * witness, some have one awaiting signature and some none yet, so the notice worklist has work.
 * Documents are rendered on first download (from stored data, so always the same).
 */
export async function seedWarnings(tx: Tx, rng: TRandom, { personIds, issuerId, today }: { personIds: string[]; issuerId: string; today: Date }) {
  const orders = await tx.supervisionOrder.findMany({
    where: { personId: { in: personIds }, status: 'ACTIVE' },
    select: { personId: true, legalBasisId: true },
  });
  const rows = orders.flatMap((o, i) => {
    const kind = i % 6;
    if (kind === 0) return [];
    const issuedAt = new Date(today.getTime() - rng.int(kind === 1 ? 1 : 30, kind === 1 ? 4 : 700) * 86_400_000);
    const day = new Date(Date.UTC(issuedAt.getUTCFullYear(), issuedAt.getUTCMonth(), issuedAt.getUTCDate()));
    const base = {
      personId: o.personId,
      legalBasisId: o.legalBasisId,
      issuedById: issuerId,
      issuedAt,
      type: 'LIFELONG_RESTRICTIONS_NOTICE' as const,
      language: rng.chance(0.5) ? ('RU' as const) : ('KK' as const),
    };
    if (kind === 1) return [base];
    if (kind === 2)
      return [
        {
          ...base,
          outcome: 'REFUSED' as const,
          refusedOn: day,
          refusalWitness: 'Lt. A. Zhaksylykov, district police inspector',
          outcomeRecordedById: issuerId,
          outcomeRecordedAt: issuedAt,
        },
      ];
    return [{ ...base, outcome: 'SIGNED' as const, signedOn: day, outcomeRecordedById: issuerId, outcomeRecordedAt: issuedAt }];
  });
  await tx.warning.createMany({ data: rows });
  return rows.length;
}
