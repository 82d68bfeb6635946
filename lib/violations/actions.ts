import 'server-only';
import { db } from '@/lib/db/client';
import { defineAction } from '@/lib/actions/define-action';
import { personScope } from '@/lib/persons/scope';
import { ZDismissViolation, ZEscalateViolation, ZRecordViolation } from './schemas';
import { recordViolation } from './record-violation';
import { dismissViolation, escalateViolation } from './move-violation';

export const recordViolationAction = defineAction({
  name: 'violation.record',
  permission: 'violation.record',
  schema: ZRecordViolation,
  handler: async ({ tx, actor, input }) => {
    const violation = await recordViolation({ tx, actor, input });
    return {
      data: { violationId: violation.id },
      audit: {
        targetType: 'Violation',
        targetId: violation.id,
        details: { personId: input.personId, type: input.type, evidenceFiles: input.evidence.length, checkInId: input.checkInId },
      },
    };
  },
  replay: async ({ actor, input }) => {
    const earlier = await db.violation.findFirst({ where: { idempotencyKey: input.idempotencyKey, person: personScope(actor) } });
    return earlier ? { violationId: earlier.id } : null;
  },
});

export const escalateViolationAction = defineAction({
  name: 'violation.escalate',
  permission: 'violation.escalate',
  schema: ZEscalateViolation,
  handler: async ({ tx, actor, input }) => {
    const v = await escalateViolation({ tx, actor, input });
    return {
      data: { violationId: v.id, status: v.status },
      audit: { targetType: 'Violation', targetId: v.id, details: { personId: v.personId, to: input.to } },
    };
  },
});

export const dismissViolationAction = defineAction({
  name: 'violation.dismiss',
  permission: 'violation.dismiss',
  schema: ZDismissViolation,
  handler: async ({ tx, actor, input }) => {
    const v = await dismissViolation({ tx, actor, input });
    return {
      data: { violationId: v.id, status: v.status },
      audit: { targetType: 'Violation', targetId: v.id, details: { personId: v.personId, reason: input.reason } },
    };
  },
});
