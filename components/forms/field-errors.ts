import type { z } from 'zod';
import type { TMessage } from '@/lib/actions/errors';

/**
 * A schema's errors by field, as defineAction reports them, for forms that check with the shared
 * schema before a confirmation step (so the step never summarises input the server would refuse).
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, TMessage> {
  const out: Record<string, TMessage> = {};
  for (const issue of error.issues) {
    out[issue.path.join('.') || '_form'] ??= { key: /^(\w+\.)?validation\./.test(issue.message) ? issue.message : 'validation.invalid' };
  }
  return out;
}
