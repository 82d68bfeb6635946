import { z } from 'zod';
import { DYNAMIC_RATINGS } from './instrument';
import { zId, zPlainString, zRequiredText, zVersion } from '@/lib/validation/fields';

// What the assessment form and the supervisor's panel send (lib/risk/actions.ts). Answers are
// only the codes the officer chose: proposals and their sources stay on the server.

const zCodeKey = z.string().min(1).max(40);

export const ZStartAssessment = z.object({ personId: zId });

/** The whole form as it stands (autosave sends it after each change). */
export const ZSaveAssessment = z.object({
  assessmentId: zId,
  version: zVersion,
  /** Item code → the chosen answer code (null: not answered yet). */
  answers: z.record(zCodeKey, zCodeKey.nullable()).default({}),
  factors: z
    .array(
      z.object({
        code: zCodeKey,
        rating: z.enum(DYNAMIC_RATINGS).nullable(),
        note: zPlainString().trim().max(2000, { message: 'validation.tooLong', abort: true }).default(''),
      }),
    )
    .max(100)
    .default([]),
  summary: zPlainString().trim().max(4000, { message: 'validation.tooLong', abort: true }).default(''),
});

/** Submission carries the form as it stands too, so the last keystrokes are what is submitted. */
export const ZSubmitAssessment = ZSaveAssessment;

export const ZCountersignAssessment = z.object({ assessmentId: zId, version: zVersion });

export const ZReturnAssessment = z.object({ assessmentId: zId, version: zVersion, reason: zRequiredText(2000) });

export const ZCorrectAssessment = z.object({ assessmentId: zId, version: zVersion, reason: zRequiredText(2000) });
