import 'server-only';
import { defineAction } from '@/lib/actions/define-action';
import { db } from '@/lib/db/client';
import { getScopedPersonId } from '@/lib/persons/scoped-person';
import { ZCorrectAssessment, ZCountersignAssessment, ZReturnAssessment, ZSaveAssessment, ZStartAssessment, ZSubmitAssessment } from './schemas';
import { correctAssessment, countersignAssessment, findOpen, returnAssessment, saveAssessment, startAssessment, submitAssessment } from './assessments';

// The risk assessment workflow's actions (docs/decisions/026-risk-assessment-workflow.md).

const target = (id: string, details?: Record<string, unknown>) => ({ targetType: 'RiskAssessment', targetId: id, details });

export const startAssessmentAction = defineAction({
  name: 'risk.start',
  permission: 'risk.assess',
  schema: ZStartAssessment,
  handler: async ({ tx, actor, input }) => {
    const { assessment, created } = await startAssessment({ tx, actor, input });
    return { data: { assessmentId: assessment.id, created }, audit: target(assessment.id, { personId: input.personId, created }) };
  },
  // Two starts at once: the partial unique index lets one insert; the other opens that one.
  replay: async ({ actor, input }) => {
    const open = await db.$transaction(async (tx) => {
      await getScopedPersonId(tx, actor, input.personId);
      return findOpen(tx, input.personId);
    });
    return open ? { assessmentId: open.id, created: false } : null;
  },
});

export const saveAssessmentAction = defineAction({
  name: 'risk.save',
  permission: 'risk.assess',
  schema: ZSaveAssessment,
  handler: async ({ tx, actor, input }) => {
    const a = await saveAssessment({ tx, actor, input });
    return { data: { assessmentId: a.id, version: a.version, savedAt: a.updatedAt.toISOString() }, audit: target(a.id) };
  },
});

export const submitAssessmentAction = defineAction({
  name: 'risk.submit',
  permission: 'risk.assess',
  schema: ZSubmitAssessment,
  handler: async ({ tx, actor, input }) => {
    const a = await submitAssessment({ tx, actor, input });
    return { data: { assessmentId: a.id, version: a.version }, audit: target(a.id, { score: a.score, band: a.bandCode }) };
  },
});

export const countersignAssessmentAction = defineAction({
  name: 'risk.countersign',
  permission: 'risk.countersign',
  schema: ZCountersignAssessment,
  handler: async ({ tx, actor, input }) => {
    const a = await countersignAssessment({ tx, actor, input });
    return { data: { assessmentId: a.id }, audit: target(a.id, { score: a.score, band: a.bandCode, corrects: a.correctsId }) };
  },
});

export const returnAssessmentAction = defineAction({
  name: 'risk.return',
  permission: 'risk.countersign',
  schema: ZReturnAssessment,
  handler: async ({ tx, actor, input }) => {
    const a = await returnAssessment({ tx, actor, input });
    return { data: { assessmentId: a.id }, audit: target(a.id, { reason: input.reason }) };
  },
});

export const correctAssessmentAction = defineAction({
  name: 'risk.correct',
  permission: 'risk.assess',
  schema: ZCorrectAssessment,
  handler: async ({ tx, actor, input }) => {
    const a = await correctAssessment({ tx, actor, input });
    return { data: { assessmentId: a.id }, audit: target(a.id, { corrects: input.assessmentId, reason: input.reason }) };
  },
});
