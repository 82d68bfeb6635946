import type { Instrumentation } from 'next';

// Next runs register() once when a server process starts, and onRequestError for every error
// it catches while serving (docs/observability.md). Both load their modules only when needed:
// without OTEL_EXPORTER_OTLP_ENDPOINT nothing of OpenTelemetry's SDK is imported.

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim()) return;
  const { startTracing } = await import('./lib/observability/tracing');
  startTracing({ flushOnSignals: true });
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestError } = await import('./lib/observability/request-error');
  logRequestError(error, request, context);
};
