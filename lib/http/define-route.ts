import 'server-only';
import { db, type Tx } from '@/lib/db/client';
import { writeAudit } from '@/lib/audit/write-audit';
import { getRequest } from '@/lib/auth/current-actor';
import type { TActor, TRequestMeta } from '@/lib/auth/actor';
import { hasPermission, type TPermission } from '@/lib/auth/permissions';
import { NotFoundError } from '@/lib/actions/errors';
import { logOutcome, type TOutcome } from '@/lib/observability/logger';

// The one way in for every signed-in GET route that hands out a file or an export (evidence,
// documents, photos, CSV lists): what defineAction is for mutations. It resolves the actor from
// the server-side session, checks the declared permission, runs the handler (which applies the
// actor's scope in its query), writes the audit event of the view — or of the denied attempt:
// not signed in, no permission, out of scope or not found — and sets the headers every download
// needs. Every denial answers the same plain 404, so a route never reveals what exists.
// docs/decisions/007-audit-scope-and-routes.md

/** What a handler serves: bytes or a stream, its type, and how the browser should take it. */
export type TRouteBody = {
  body: Uint8Array | ReadableStream<Uint8Array>;
  contentType: string;
  /** attachment (saved, the default) or inline (shown in the page: photos). */
  disposition?: 'attachment' | 'inline';
  filename?: string;
};

/** The audit event of a served view: its target (when not declared by `target`) and details. */
export type TRouteAudit = { targetType?: string; targetId?: string; details?: Record<string, unknown> };

type TRouteArgs<TParams> = { tx: Tx; actor: TActor; meta: TRequestMeta; request: Request; params: TParams };

export type TRouteConfig<TParams> = {
  /** The audit action, e.g. `evidence.download`. */
  name: string;
  permission: TPermission;
  /** The record the URL names, recorded on the denied attempts too (what was asked for). */
  target?: (params: TParams) => { targetType: string; targetId: string };
  /**
   * Reads what it serves within the actor's scope, inside the transaction the audit event is
   * written in. Returns null (or throws NotFoundError) when nothing in scope matches: a DENIED
   * event and a 404.
   */
  handler: (args: TRouteArgs<TParams>) => Promise<(TRouteBody & { audit?: TRouteAudit }) | null>;
};

export type TRouteInfo = { name: string; permission: TPermission };

const COMMON_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' } as const;

/** The answer to every refusal: the same bytes whether the record is missing, elsewhere or forbidden. */
export function notFoundResponse() {
  return new Response('Not found', { status: 404, headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** A filename safe inside the quoted header parameter (ASCII letters, digits, dot, dash, underscore). */
export function safeFilename(name: string) {
  return name.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 120) || 'download';
}

function contentDisposition(body: TRouteBody) {
  const type = body.disposition ?? 'attachment';
  return body.filename ? `${type}; filename="${safeFilename(body.filename)}"` : type;
}

export function defineRoute<TParams extends Record<string, string> = Record<string, never>>(config: TRouteConfig<TParams>) {
  type TTrace = { actorId: string | null; requestId: string | null; outcome: TOutcome; reason?: string; error?: unknown };

  /** One log line per request (lib/observability/logger.ts), whatever the answer. */
  async function GET(request: Request, context?: { params?: Promise<TParams> }): Promise<Response> {
    const started = performance.now();
    const trace: TTrace = { actorId: null, requestId: null, outcome: 'error' };
    try {
      return await serve(request, context, trace);
    } catch (error) {
      trace.outcome = 'error';
      trace.error = error;
      throw error;
    } finally {
      logOutcome({
        kind: 'route',
        action: config.name,
        requestId: trace.requestId,
        actorId: trace.actorId,
        outcome: trace.outcome,
        reason: trace.reason,
        durationMs: performance.now() - started,
        error: trace.error,
      });
    }
  }

  async function serve(request: Request, context: { params?: Promise<TParams> } | undefined, trace: TTrace): Promise<Response> {
    const { actor, meta } = await getRequest();
    trace.requestId = meta.requestId;
    trace.actorId = actor?.id ?? null;
    const params = ((await context?.params) ?? {}) as TParams;
    let target: { targetType?: string; targetId?: string } = {};
    try {
      target = config.target?.(params) ?? {};
    } catch {
      target = {};
    }
    const denied = (reason: string, extra: Record<string, unknown> = {}, tx: Tx = db) => {
      trace.outcome = 'denied';
      trace.reason = reason;
      return writeAudit(tx, {
        actor,
        action: config.name,
        outcome: 'DENIED',
        ip: meta.ip,
        requestId: meta.requestId,
        ...target,
        details: { reason, ...extra },
      });
    };

    if (!actor) {
      await denied('unauthenticated');
      return notFoundResponse();
    }
    if (!hasPermission(actor.role, config.permission)) {
      await denied('permission', { permission: config.permission });
      return notFoundResponse();
    }
    let served: (TRouteBody & { audit?: TRouteAudit }) | null;
    try {
      served = await db.$transaction(async (tx) => {
        const found = await config.handler({ tx, actor, meta, request, params });
        if (!found) {
          // Out of scope or missing: the denial commits with the (read-only) lookup.
          await denied('not_found', {}, tx);
          return null;
        }
        await writeAudit(tx, { actor, action: config.name, outcome: 'SUCCESS', ip: meta.ip, requestId: meta.requestId, ...target, ...found.audit });
        return found;
      });
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      await denied('not_found', { entity: error.entity });
      return notFoundResponse();
    }
    if (!served) return notFoundResponse();
    trace.outcome = 'ok';
    const body = served.body instanceof Uint8Array ? new Uint8Array(served.body) : served.body;
    return new Response(body, {
      headers: { ...COMMON_HEADERS, 'Content-Type': served.contentType, 'Content-Disposition': contentDisposition(served) },
    });
  }
  const route: TRouteInfo = { name: config.name, permission: config.permission };
  // Readable by the permission matrix (tests/integration/permission-matrix.test.ts).
  return Object.assign(GET, { route });
}
