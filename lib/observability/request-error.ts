import { getLogger } from './logger';

type TRequest = { path: string; method: string; headers: Record<string, string | string[] | undefined> };
type TContext = { routerKind: string; routePath: string; routeType: string; renderSource?: string };

/**
 * An error Next caught while serving (a page, a route handler or a server action that threw):
 * one line with the request id. The route's pattern (/persons/[id]) is logged, never the path,
 * whose ids and query (a registry search by name) would put personal data into the log.
 */
export function logRequestError(error: unknown, request: TRequest, context: TContext) {
  const requestId = request.headers['x-request-id'];
  const digest = (error as { digest?: unknown } | null)?.digest;
  getLogger().error(
    {
      kind: 'request',
      requestId: typeof requestId === 'string' ? requestId : null,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
      ...(context.renderSource ? { renderSource: context.renderSource } : {}),
      ...(typeof digest === 'string' ? { digest } : {}),
      outcome: 'error',
      err: error,
    },
    `request ${request.method} ${context.routePath} error`,
  );
}
