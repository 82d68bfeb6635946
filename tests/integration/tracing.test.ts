import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { context, propagation, trace } from '@opentelemetry/api';
import { startTracing, type TTracing } from '@/lib/observability/tracing';
import { db } from '../helpers/world';

// Tracing as instrumentation.ts starts it, pointed at a small OTLP/HTTP receiver in this process:
// a Prisma query on the test database must arrive as a span, with the service's resource.

type TOtlpSpan = { name: string; traceId: string };
type TOtlpBody = {
  resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: TOtlpSpan[] }[] }[];
};

const received: { contentType: string | undefined; body: TOtlpBody }[] = [];
let receiver: http.Server;
let tracing: TTracing;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/traces') {
        received.push({ contentType: req.headers['content-type'], body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as TOtlpBody });
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  tracing = startTracing({ url: `http://127.0.0.1:${port}/v1/traces` });
});

afterAll(async () => {
  await tracing?.shutdown();
  // Leave no global provider behind for the files that run after this one in the same worker.
  trace.disable();
  context.disable();
  propagation.disable();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

describe('OpenTelemetry traces', () => {
  it('exports a span per Prisma query over OTLP/HTTP JSON, with service name, version and build id', async () => {
    await db.region.count();
    await tracing.flush();

    expect(received.length).toBeGreaterThan(0);
    expect(received[0].contentType).toMatch(/^application\/json/);
    const spans = received.flatMap((r) => r.body.resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((s) => s.spans)));
    const names = spans.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('prisma:')).length, `span names: ${names.join(', ')}`).toBeGreaterThan(0);
    expect(names).toContain('prisma:client:operation');

    const attributes = Object.fromEntries(received[0].body.resourceSpans[0].resource.attributes.map((a) => [a.key, a.value.stringValue]));
    expect(attributes['service.name']).toBe('nadzor');
    expect(attributes['service.version']).toBeTypeOf('string');
    expect(attributes['nadzor.build.id']).toBeTypeOf('string');
  });
});
