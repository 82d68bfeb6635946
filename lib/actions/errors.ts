// Domain errors thrown inside actions and mapped to a uniform result by defineAction.
// Messages are i18n keys (messages/*.json under "errors" / "validation").
import type { Tx } from '@/lib/db/client';

export type TMessage = { key: string; values?: Record<string, string | number> };

export class NotFoundError extends Error {
  constructor(readonly entity: string) {
    super(`${entity} not found`);
  }
}

/** Optimistic-lock or uniqueness conflict: someone else changed the record first. */
export class ConflictError extends Error {
  constructor(readonly userMessage: TMessage = { key: 'errors.conflict' }) {
    super(userMessage.key);
  }
}

/** Input that passed the schema but breaks a rule that needs the database (e.g. IIN taken). */
export class FieldError extends Error {
  constructor(
    readonly fieldErrors: Record<string, TMessage>,
    readonly extra?: Record<string, unknown>,
  ) {
    super('field error');
  }
}

/**
 * A field error that is also a denial worth keeping: the action's transaction rolls back as for
 * any FieldError, then defineAction runs `record` in a fresh transaction and writes a DENIED audit
 * event for the target it returns. For attempts that must leave a trace although nothing was
 * changed (an IIN registered outside the user's scope: lib/persons/registration-conflicts.ts).
 */
export class DeniedFieldError extends FieldError {
  constructor(
    fieldErrors: Record<string, TMessage>,
    readonly record: (tx: Tx) => Promise<{ targetType: string; targetId: string; details?: Record<string, unknown> }>,
    extra?: Record<string, unknown>,
  ) {
    super(fieldErrors, extra);
  }
}

/** A move the rules refuse (an illegal transition, or a role that may not make it): audited as denied. */
export class DeniedError extends Error {
  constructor(readonly userMessage: TMessage) {
    super(userMessage.key);
  }
}
