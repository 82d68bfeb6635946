// Domain errors thrown inside actions and mapped to a uniform result by defineAction.
// Messages are i18n keys (messages/*.json under "errors" / "validation").

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
  constructor(readonly fieldErrors: Record<string, TMessage>, readonly extra?: Record<string, unknown>) {
    super('field error');
  }
}

/** A move the rules refuse (an illegal transition, or a role that may not make it): audited as denied. */
export class DeniedError extends Error {
  constructor(readonly userMessage: TMessage) {
    super(userMessage.key);
  }
}
