import type { TMessage } from './errors';

export type TActionErrorCode = 'unauthenticated' | 'forbidden' | 'not_found' | 'validation' | 'conflict' | 'error';

/** What every server action returns; forms render `fieldErrors` beside the fields. */
export type TActionResult<T> =
  { ok: true; data: T } | { ok: false; code: TActionErrorCode; message: TMessage; fieldErrors?: Record<string, TMessage>; extra?: Record<string, unknown> };
