import os from 'node:os';
import { NodeTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { PrismaInstrumentation, registerInstrumentations } from '@prisma/instrumentation';
import { buildInfo } from './build-info';

// OpenTelemetry traces, loaded by instrumentation.ts only when OTEL_EXPORTER_OTLP_ENDPOINT is
// set (docs/observability.md). Next traces its own work once a tracer provider is registered
// (the HTTP request span `GET /route` with method, route and status, rendering, route handlers,
// server actions); Prisma adds a span per query (@prisma/instrumentation, which Prisma 7's
// client finds through a global). Spans go out as OTLP/HTTP JSON to
// $OTEL_EXPORTER_OTLP_ENDPOINT/v1/traces, with OTEL_EXPORTER_OTLP_HEADERS, OTEL_TRACES_SAMPLER
// and OTEL_RESOURCE_ATTRIBUTES honoured as the SDK defines them.

export type TTracing = { provider: NodeTracerProvider; flush: () => Promise<void>; shutdown: () => Promise<void> };

/**
 * Starts tracing for this process. `url` overrides the exporter's address (tests);
 * `flushOnSignals` sends the spans still in the batch when the process is told to stop (best
 * effort: the app server exits once its requests in flight are done).
 */
export function startTracing({ url, flushOnSignals = false }: { url?: string; flushOnSignals?: boolean } = {}): TTracing {
  const { version, buildId } = buildInfo();
  const resource = defaultResource()
    .merge(
      resourceFromAttributes({
        'service.name': process.env.OTEL_SERVICE_NAME?.trim() || 'nadzor',
        'service.version': version,
        'service.instance.id': `${os.hostname()}:${process.pid}`,
        'nadzor.build.id': buildId,
      }),
    )
    // The operator's OTEL_RESOURCE_ATTRIBUTES (e.g. deployment.environment.name) come last and win.
    .merge(detectResources({ detectors: [envDetector] }));
  const exporter = new OTLPTraceExporter(url ? { url } : {});
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(exporter)] });
  // The global provider, AsyncLocalStorage context and W3C trace-context propagation.
  provider.register();
  const unregister = registerInstrumentations({ tracerProvider: provider, instrumentations: [new PrismaInstrumentation()] });
  if (flushOnSignals) for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void provider.forceFlush());
  return {
    provider,
    flush: () => provider.forceFlush(),
    shutdown: async () => {
      unregister();
      await provider.shutdown();
    },
  };
}
