import type { Tx } from '@/lib/db/client';
import { MESSAGES } from '@/lib/i18n/catalogues';
import type { TFlagGround } from './schemas';

// Kept apart from ./flags.ts: the petition workflow calls this, and its forms should not need
// the flag form's messages (tests/unit/client-messages.test.ts follows the imports).

const ddmmyyyy = (d: Date) => `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;

/**
 * For a new petition draft: the person's open flag, as the text that opens the draft's grounds
 * (in Russian, the draft's default language, with a line saying where it came from) and as the
 * source recorded in the prefill. The flag is then USED by that draft. Null when there is none.
 */
export async function takeFlagIntoDraft(tx: Tx, personId: string) {
  const flag = await tx.petitionFlag.findUnique({ where: { openPersonId: personId }, include: { flaggedBy: { select: { fullName: true } } } });
  if (!flag) return null;
  const labels = MESSAGES.ru.escalation.grounds as Record<TFlagGround, string>;
  const groundLabels = flag.grounds.map((g) => labels[g as TFlagGround] ?? g);
  const text = [
    `[Из отметки инспектора пробации ${flag.flaggedBy.fullName} от ${ddmmyyyy(flag.createdAt)}]`,
    `Основания: ${groundLabels.join('; ')}.`,
    flag.reasons,
  ].join('\n');
  return {
    flag,
    grounds: text,
    source: { flagId: flag.id, officer: flag.flaggedBy.fullName, flaggedAt: flag.createdAt.toISOString(), grounds: flag.grounds, reasons: flag.reasons },
  };
}

/** Marks the flag as taken into a petition draft (no longer open). */
export async function markFlagUsed(tx: Tx, flagId: string, petitionId: string) {
  await tx.petitionFlag.update({ where: { id: flagId }, data: { status: 'USED', openPersonId: null, petitionId, version: { increment: 1 } } });
}
