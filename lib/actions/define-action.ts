import 'server-only';
import type { z } from 'zod';
import { db, type Tx } from '@/lib/db/client';
import { writeAudit } from '@/lib/audit/write-audit';
import { getRequest } from '@/lib/auth/current-actor';
import type { TActor, TRequestMeta } from '@/lib/auth/actor';
import { hasPermission, type TPermission } from '@/lib/auth/permissions';
import { ConflictError, DeniedError, DeniedFieldError, FieldError, NotFoundError, type TMessage } from './errors';
import type { TActionResult } from './result';
import { Prisma } from '@/lib/generated/prisma/client';
import { logOutcome, type TOutcome } from '@/lib/observability/logger';

export type TAuditTarget = { targetType: string; targetId: string; details?: Record<string, unknown> };

type THandler<TInput, TData> = (args: { tx: Tx; actor: TActor; input: TInput; meta: TRequestMeta }) => Promise<{ data: TData; audit: TAuditTarget }>;

function zodFieldErrors(error: z.ZodError): Record<string, TMessage> {
  const out: Record<string, TMessage> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_form';
    // Base keys (validation.*) or a feature's own (<feature>.validation.*).
    out[path] ??= { key: /^(\w+\.)?validation\./.test(issue.message) ? issue.message : 'validation.invalid' };
  }
  return out;
}

/** FormData from a form with files: JSON in "payload", files by field name ("name[]" = a list). */
function normaliseInput(raw: unknown): unknown {
  if (typeof FormData === 'undefined' || !(raw instanceof FormData)) return raw;
  const payload = raw.get('payload');
  const base = typeof payload === 'string' ? (JSON.parse(payload) as Record<string, unknown>) : {};
  for (const [key, value] of raw.entries()) {
    if (key === 'payload' || typeof value === 'string' || value.size === 0) continue;
    if (key.endsWith('[]')) {
      const name = key.slice(0, -2);
      base[name] = [...((base[name] as unknown[] | undefined) ?? []), value];
    } else {
      base[key] = value;
    }
  }
  return base;
}

async function auditOutsideChange(actor: TActor | null, meta: TRequestMeta, action: string, outcome: 'DENIED' | 'FAILURE', details: Record<string, unknown>) {
  await writeAudit(db, { actor, action, outcome, ip: meta.ip, requestId: meta.requestId, details });
}

/**
 * The one way in for every mutation. Server actions are public POST endpoints, so this
 * resolves the actor from the server-side session, checks the declared permission, validates
 * input with the same zod schema the form uses, then runs the domain handler and writes the
 * audit event in one transaction. Denials are audited too; out-of-scope records are "not found".
 */
export function defineAction<TSchema extends z.ZodType, TData>(config: {
  name: string;
  permission: TPermission;
  schema: TSchema;
  handler: THandler<z.output<TSchema>, TData>;
  /**
   * For actions with an idempotency key: after losing a race (unique key or version conflict),
   * find what the winning submission of the same key recorded and return that instead.
   */
  replay?: (args: { actor: TActor; input: z.output<TSchema> }) => Promise<TData | null>;
}) {
  /** How the call ended, for its log line (the result's code alone cannot tell conflict from error). */
  type TTrace = { actorId: string | null; requestId: string | null; outcome?: TOutcome; reason?: string; error?: unknown };

  async function action(rawInput: unknown): Promise<TActionResult<TData>> {
    const started = performance.now();
    const trace: TTrace = { actorId: null, requestId: null };
    try {
      const result = await run(rawInput, trace);
      trace.outcome ??= result.ok
        ? 'ok'
        : result.code === 'validation'
          ? 'field_error'
          : result.code === 'conflict'
            ? 'conflict'
            : result.code === 'error'
              ? 'error'
              : 'denied';
      if (!result.ok && trace.outcome === 'denied') trace.reason ??= result.code;
      return result;
    } catch (error) {
      // Only when even the failure could not be recorded (e.g. the database is down).
      trace.outcome = 'error';
      trace.error ??= error;
      throw error;
    } finally {
      logOutcome({
        kind: 'action',
        action: config.name,
        requestId: trace.requestId,
        actorId: trace.actorId,
        outcome: trace.outcome ?? 'error',
        reason: trace.reason,
        durationMs: performance.now() - started,
        error: trace.error,
      });
    }
  }

  async function run(rawInput: unknown, trace: TTrace): Promise<TActionResult<TData>> {
    const { actor, meta } = await getRequest();
    trace.requestId = meta.requestId;
    trace.actorId = actor?.id ?? null;
    if (!actor) {
      await auditOutsideChange(null, meta, config.name, 'DENIED', { reason: 'unauthenticated' });
      return { ok: false, code: 'unauthenticated', message: { key: 'errors.unauthenticated' } };
    }
    if (!hasPermission(actor.role, config.permission)) {
      await auditOutsideChange(actor, meta, config.name, 'DENIED', { reason: 'permission', permission: config.permission });
      return { ok: false, code: 'forbidden', message: { key: 'errors.forbidden' } };
    }
    let input: unknown;
    try {
      input = normaliseInput(rawInput);
    } catch {
      return { ok: false, code: 'validation', message: { key: 'errors.validation' } };
    }
    const parsed = config.schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, code: 'validation', message: { key: 'errors.validation' }, fieldErrors: zodFieldErrors(parsed.error) };
    }
    try {
      // Time limits come from the client (lib/db/client.ts, DATABASE_TX_TIMEOUT_MS).
      const data = await db.$transaction(async (tx) => {
        const { data, audit } = await config.handler({ tx, actor, input: parsed.data, meta });
        await writeAudit(tx, { actor, action: config.name, outcome: 'SUCCESS', ip: meta.ip, requestId: meta.requestId, ...audit });
        return data;
      });
      return { ok: true, data };
    } catch (error) {
      if (error instanceof NotFoundError) {
        trace.reason = 'not_found';
        await auditOutsideChange(actor, meta, config.name, 'DENIED', { reason: 'not_found', entity: error.entity });
        return { ok: false, code: 'not_found', message: { key: 'errors.notFound' } };
      }
      if (error instanceof DeniedError) {
        trace.reason = error.userMessage.key;
        await auditOutsideChange(actor, meta, config.name, 'DENIED', { reason: error.userMessage.key });
        return { ok: false, code: 'forbidden', message: error.userMessage };
      }
      if (error instanceof DeniedFieldError) {
        trace.outcome = 'denied';
        trace.reason = 'field';
        // The change rolled back; the record of the attempt and its audit event commit together.
        await db.$transaction(async (tx) => {
          const target = await error.record(tx);
          await writeAudit(tx, { actor, action: config.name, outcome: 'DENIED', ip: meta.ip, requestId: meta.requestId, ...target });
        });
      }
      if (error instanceof FieldError) {
        return { ok: false, code: 'validation', message: { key: 'errors.validation' }, fieldErrors: error.fieldErrors, extra: error.extra };
      }
      const isConflict = error instanceof ConflictError || (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002');
      if (isConflict && config.replay) {
        const earlier = await config.replay({ actor, input: parsed.data });
        if (earlier) return { ok: true, data: earlier };
      }
      if (isConflict) {
        await auditOutsideChange(actor, meta, config.name, 'FAILURE', { reason: 'conflict' });
        return { ok: false, code: 'conflict', message: error instanceof ConflictError ? error.userMessage : { key: 'errors.conflict' } };
      }
      trace.error = error;
      await auditOutsideChange(actor, meta, config.name, 'FAILURE', { reason: 'error' });
      return { ok: false, code: 'error', message: { key: 'errors.unexpected' } };
    }
  }
  // What the action accepts, readable by tests (tests/unit/action-schemas.property.test.ts fuzzes
  // every action's schema) without exporting each schema twice.
  return Object.assign(action, { actionName: config.name, permission: config.permission, schema: config.schema });
}
