import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

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
  // Native / wasm packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg', '@prisma/adapter-pg'],
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
