import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { trace } from '@opentelemetry/api';

// The app's one logger: a JSON line per event on stdout (docs/observability.md), for the
// platform to collect (journald, Docker, Kubernetes). Level from LOG_LEVEL (default info).
//
// What never goes into a line: secrets, cookies, authorization headers and personal data (IIN,
// names, free text). Callers log ids and codes only; the redaction below and the error
// serializer are the second line of defence for what slips through (an error's message, a
// request's headers).

/** Keys removed wherever they appear at the first two levels of a line. */
const SECRET_KEYS = ['password', 'newPassword', 'currentPassword', 'token', 'secret', 'otp', 'cookie', 'authorization', 'set-cookie', 'x-nadzor-client-token'];
const PERSONAL_KEYS = [
  'iin',
  'email',
  'name',
  'fullName',
  'firstName',
  'lastName',
  'middleName',
  'patronymic',
  'address',
  'phone',
  'note',
  'notes',
  'text',
  'comment',
  'description',
  'input',
  'payload',
];
const KEYS = [...SECRET_KEYS, ...PERSONAL_KEYS].map((k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : `["${k}"]`));
const join = (prefix: string, key: string) => (key.startsWith('[') ? `${prefix}${key}` : `${prefix}.${key}`);

export const REDACT_PATHS = [
  ...KEYS.map((k) => (k.startsWith('[') ? k.slice(2, -2) : k)),
  ...KEYS.map((k) => join('*', k)),
  ...KEYS.map((k) => join('*.*', k)),
  'req.headers.cookie',
  'req.headers.authorization',
  'headers.cookie',
  'headers.authorization',
];

/** Twelve digits in a row (an IIN) anywhere in a message become [IIN]. */
export function scrubText(text: string): string {
  return text.replace(/(?<!\d)\d{12}(?!\d)/g, '[IIN]');
}

/**
 * An error as a line may hold it: type, code, message and the stack's frames. Prisma's
 * validation errors print the whole call with its arguments (the values typed into a form), so
 * only their first line is kept; every message is scrubbed of IINs.
 */
export function serializeError(value: unknown): Record<string, unknown> {
  if (!(value instanceof Error)) return { type: typeof value, message: scrubText(String(value)).slice(0, 500) };
  const type = value.constructor?.name || value.name;
  const carriesArguments = type === 'PrismaClientValidationError' || type === 'PrismaClientUnknownRequestError';
  const message = carriesArguments ? `${value.message.trim().split('\n')[0]} (arguments left out)` : value.message;
  const frames = (value.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  const out: Record<string, unknown> = { type, message: scrubText(message).slice(0, 2000), stack: frames };
  const code = (value as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  if (value.cause !== undefined && value.cause !== value) out.cause = serializeError(value.cause);
  return out;
}

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  const config: LoggerOptions = {
    level: options.level ?? (process.env.LOG_LEVEL?.trim() || 'info'),
    base: { service: process.env.OTEL_SERVICE_NAME?.trim() || 'nadzor', pid: process.pid },
    messageKey: 'msg',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: serializeError, error: serializeError },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    // With tracing on (instrumentation.ts), the line names its trace so the two can be joined.
    mixin() {
      const context = trace.getActiveSpan()?.spanContext();
      return context && context.traceId !== '00000000000000000000000000000000' ? { traceId: context.traceId, spanId: context.spanId } : {};
    },
  };
  return options.destination ? pino(config, options.destination) : pino(config);
}

// One logger per process (Next's development server reloads modules; the logger survives).
const store = globalThis as unknown as { nadzorLogger?: Logger };

export function getLogger(): Logger {
  store.nadzorLogger ??= createLogger();
  return store.nadzorLogger;
}

/** Tests: send the app's lines to this logger until the returned function is called. */
export function replaceLogger(logger: Logger): () => void {
  const previous = store.nadzorLogger;
  store.nadzorLogger = logger;
  return () => {
    store.nadzorLogger = previous;
  };
}

export type TOutcome = 'ok' | 'field_error' | 'denied' | 'conflict' | 'error';

/**
 * The one line of a server action or route: what ran, for whom (the user id, never the e-mail),
 * under which request id, how it ended and how long it took. Errors carry their stack.
 */
export function logOutcome(entry: {
  kind: 'action' | 'route';
  /** The audit action name, e.g. person.register or export.persons. */
  action: string;
  requestId: string | null;
  actorId: string | null;
  outcome: TOutcome;
  reason?: string;
  durationMs: number;
  error?: unknown;
}) {
  const { error, durationMs, ...fields } = entry;
  const line = { ...fields, durationMs: Math.round(durationMs * 10) / 10, ...(error === undefined ? {} : { err: error }) };
  const logger = getLogger();
  const message = `${entry.kind} ${entry.action} ${entry.outcome}`;
  if (entry.outcome === 'error') logger.error(line, message);
  else if (entry.outcome === 'denied') logger.warn(line, message);
  else logger.info(line, message);
}
