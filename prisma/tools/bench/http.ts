// HTTP side of the bench: timed requests with a timeout, real sign-ins (next-auth credentials
// flow), server-action calls the way the browser makes them, the app's SQL statement counter,
// and the two ways of measuring a page (one at a time; N at once for a few seconds).

export const REQUEST_TIMEOUT_MS = 60_000;

export type TResult = {
  tag?: string;
  ok: boolean;
  status: number;
  ms: number;
  bytes: number;
  error?: 'timeout' | 'network' | 'status' | 'check' | 'cut';
  detail?: string;
  body?: string;
};

export type TRequest = {
  tag?: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  check?: (body: string, status: number) => string | null;
  keepBody?: boolean;
  signal?: AbortSignal;
};

/** One request, timed to the last byte of the body; never throws. */
export async function timedRequest(req: TRequest): Promise<TResult> {
  const t = performance.now();
  const signals = [AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...(req.signal ? [req.signal] : [])];
  try {
    const res = await fetch(req.url, {
      method: req.method ?? 'GET',
      headers: req.headers,
      body: req.body,
      redirect: 'manual',
      signal: AbortSignal.any(signals),
    });
    const body = await res.text();
    const ms = performance.now() - t;
    const bytes = Buffer.byteLength(body);
    const base = { tag: req.tag, status: res.status, ms, bytes, ...(req.keepBody ? { body } : {}) };
    if (res.status < 200 || res.status >= 300) return { ...base, ok: false, error: 'status', detail: body.slice(0, 300) };
    const problem = req.check?.(body, res.status) ?? null;
    return problem ? { ...base, ok: false, error: 'check', detail: problem } : { ...base, ok: true };
  } catch (error) {
    const ms = performance.now() - t;
    const name = (error as Error).name;
    const cut = req.signal?.aborted ?? false;
    return {
      tag: req.tag,
      ok: false,
      status: 0,
      ms,
      bytes: 0,
      error: cut ? 'cut' : name === 'TimeoutError' ? 'timeout' : 'network',
      detail: String((error as Error).message ?? error),
    };
  }
}

function cookiesFrom(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const i = pair.indexOf('=');
    out[pair.slice(0, i).trim()] = pair.slice(i + 1).trim();
  }
  return out;
}

/** A signed-in user: the session cookie from a real sign-in, renewed before the idle timeout. */
export class Session {
  cookie = '';
  private lastUsed = 0;
  /**
   * `afterPassword` completes the second factor when the app requires one (outside demo mode every
   * user enrols TOTP): the benchmark measures pages, not the sign-in ceremony.
   */
  constructor(
    readonly base: string,
    readonly email: string,
    readonly password: string,
    readonly label: string,
    readonly afterPassword?: (email: string) => Promise<void>,
  ) {}

  async signIn() {
    const csrfRes = await fetch(`${this.base}/api/auth/csrf`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const jar = cookiesFrom(csrfRes);
    const res = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: Object.entries(jar)
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
      },
      body: new URLSearchParams({ csrfToken, email: this.email, password: this.password, json: 'true' }).toString(),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await res.text();
    const token = cookiesFrom(res)['next-auth.session-token'];
    if (!token) throw new Error(`sign-in failed for ${this.email} (status ${res.status})`);
    this.cookie = `next-auth.session-token=${token}`;
    await this.afterPassword?.(this.email);
    this.lastUsed = Date.now();
  }

  /** The server ends sessions idle for 30 minutes: sign in again when close to that. */
  async fresh() {
    if (!this.cookie || Date.now() - this.lastUsed > 20 * 60_000) await this.signIn();
    this.lastUsed = Date.now();
    return this;
  }

  headers(extra: Record<string, string> = {}) {
    this.lastUsed = Date.now();
    return { cookie: this.cookie, ...extra };
  }
}

/** The app's count of SQL statements sent so far (NADZOR_BENCH=1). */
export async function queryCount(base: string): Promise<number> {
  const res = await fetch(`${base}/api/bench/queries`, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`/api/bench/queries answered ${res.status} (is NADZOR_BENCH=1 set?)`);
  return ((await res.json()) as { queries: number }).queries;
}

/**
 * A server action as the browser calls it: POST to a page that uses it, the action id from
 * .next/server/server-reference-manifest.json in `Next-Action`, the arguments as a JSON array.
 * The answer is the RSC stream; the action's `{ ok, … }` result is one of its rows.
 */
export function actionRequest({
  base,
  page,
  actionId,
  args,
  session,
  signal,
}: {
  base: string;
  page: string;
  actionId: string;
  args: unknown[];
  session: Session;
  signal?: AbortSignal;
}): TRequest {
  return {
    url: `${base}${page}`,
    method: 'POST',
    headers: session.headers({ 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: base }),
    body: JSON.stringify(args),
    keepBody: true,
    signal,
    check: (body) => {
      if (/"ok":true/.test(body)) return null;
      const code = /"ok":false,"code":"(\w+)"/.exec(body)?.[1];
      return code ? `action failed: ${code}` : `no action result in the answer: ${body.slice(0, 200)}`;
    },
  };
}

// ───────────────────────────── statistics ─────────────────────────────

export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function median(values: number[]) {
  return percentile(values, 50);
}

export type TFailures = Record<string, number>;

function countFailure(failures: TFailures, r: TResult) {
  const key = r.error === 'status' ? `HTTP ${r.status}` : r.error === 'check' ? (r.detail ?? 'check') : (r.error ?? 'error');
  failures[key] = (failures[key] ?? 0) + 1;
}

// ───────────────────────────── one at a time ─────────────────────────────

export type TSequential = {
  runs: number;
  okRuns: number;
  ms: number[];
  queries: number[];
  failures: TFailures;
  bytes: number;
  stoppedEarly: boolean;
  firstError?: string;
};

/**
 * `warmup` requests, then up to `runs` one after the other, reading the app's statement counter
 * before and after each (the difference is that request's statement count). Stops early, after
 * at least three measured runs, when the measured runs have taken `budgetMs`.
 */
export async function measureSequential({
  base,
  runs,
  warmup,
  budgetMs,
  request,
}: {
  base: string;
  runs: number;
  warmup: number;
  budgetMs: number;
  request: (i: number) => TRequest | Promise<TRequest>;
}): Promise<TSequential> {
  const out: TSequential = { runs: 0, okRuns: 0, ms: [], queries: [], failures: {}, bytes: 0, stoppedEarly: false };
  for (let i = 0; i < warmup; i++) await timedRequest(await request(i));
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const before = await queryCount(base);
    const r = await timedRequest(await request(warmup + i));
    const after = await queryCount(base);
    out.runs++;
    if (r.ok) {
      out.okRuns++;
      out.ms.push(r.ms);
      out.queries.push(after - before);
      out.bytes = Math.max(out.bytes, r.bytes);
    } else {
      countFailure(out.failures, r);
      out.firstError ??= `${r.error} ${r.status}: ${r.detail ?? ''}`.slice(0, 300);
    }
    if (i >= 2 && performance.now() - started > budgetMs && i < runs - 1) {
      out.stoppedEarly = true;
      break;
    }
  }
  return out;
}

// ───────────────────────────── N at once ─────────────────────────────

export type TConcurrent = {
  concurrency: number;
  seconds: number;
  completed: number;
  ok: number;
  ms: number[];
  failures: TFailures;
  non2xx: number;
  rps: number;
  cutShort: boolean;
  firstError?: string;
  results?: TResult[];
};

/**
 * `concurrency` workers, each sending its next request as soon as the previous one answered,
 * for `seconds`; in-flight requests then finish, unless `hardCutMs` after the start is reached:
 * those are aborted and the measurement is marked cut short.
 */
export async function measureConcurrent({
  concurrency,
  seconds,
  hardCutMs,
  request,
  keepResults = false,
}: {
  concurrency: number;
  seconds: number;
  hardCutMs: number;
  request: (worker: number, i: number, signal: AbortSignal) => TRequest | Promise<TRequest>;
  keepResults?: boolean;
}): Promise<TConcurrent> {
  const stopAt = performance.now() + seconds * 1000;
  const cut = new AbortController();
  const started = performance.now();
  const timer = setTimeout(() => cut.abort(), hardCutMs);
  const out: TConcurrent = {
    concurrency,
    seconds: 0,
    completed: 0,
    ok: 0,
    ms: [],
    failures: {},
    non2xx: 0,
    rps: 0,
    cutShort: false,
    ...(keepResults ? { results: [] } : {}),
  };
  let lastEnd = started;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = 0; performance.now() < stopAt && !cut.signal.aborted; i++) {
        const r = await timedRequest(await request(worker, i, cut.signal));
        if (r.error === 'cut') {
          out.cutShort = true;
          countFailure(out.failures, r);
          continue;
        }
        lastEnd = performance.now();
        out.completed++;
        out.results?.push(r);
        if (r.ok) {
          out.ok++;
          out.ms.push(r.ms);
        } else {
          countFailure(out.failures, r);
          if (r.error === 'status') out.non2xx++;
          out.firstError ??= `${r.error} ${r.status}: ${r.detail ?? ''}`.slice(0, 300);
        }
      }
    }),
  );
  clearTimeout(timer);
  out.seconds = (out.cutShort ? hardCutMs : lastEnd - started) / 1000;
  out.rps = out.seconds > 0 ? out.ok / out.seconds : 0;
  return out;
}
