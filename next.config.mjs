import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// Which build this is, fixed when it is built and inlined for /api/health, logs and traces
// (lib/observability/build-info.ts): NADZOR_BUILD_ID (e.g. the commit) or a timestamp, also
// used as Next's own build id so the two never differ.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const buildId = process.env.NADZOR_BUILD_ID?.trim() || `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${randomBytes(3).toString('hex')}`;

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // .next/standalone: the server and only the files it needs, for the container image (Dockerfile).
  // Our own HTTP server (prisma/tools/app-server.ts) still fronts it there, as under `npm start`.
  output: 'standalone',
  // Read from disk by path, so the tracer cannot see them (lib/documents/pdf-writer.ts).
  outputFileTracingIncludes: {
    '/**': ['./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', './node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'],
  },
  generateBuildId: async () => buildId,
  env: { NADZOR_BUILD_ID: buildId, NADZOR_VERSION: version },
  // Native / wasm packages stay outside the server bundle; so do OpenTelemetry's SDK and
  // instrumentations, which patch modules at run time (loaded only when tracing is on,
  // instrumentation.ts).
  serverExternalPackages: [
    '@node-rs/argon2',
    'pg',
    '@prisma/adapter-pg',
    '@opentelemetry/sdk-trace-node',
    '@opentelemetry/exporter-trace-otlp-http',
    '@opentelemetry/resources',
    '@prisma/instrumentation',
  ],
  experimental: {
    // The largest upload (a petition document, 10 MB) plus the form's other fields.
    serverActions: { bodySizeLimit: '11mb' },
  },
  // The same on every response, static assets included. The per-request ones (CSP with its nonce,
  // HSTS over HTTPS) are set in proxy.ts (lib/http/security-headers.ts).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
