// The app's HTTP server (started by prisma/tools/start.ts instead of `next start`/`next dev`).
// It exists for one reason: only here is the TCP peer's address known. It decides the client
// address from the peer and NADZOR_TRUSTED_PROXIES (lib/http/client-address.ts), removes any
// client-sent copy of our address headers and sets them, then hands the request to Next.
// Demo mode refuses clients that are not on this machine unless NADZOR_DEMO_ALLOW_REMOTE=1.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_ADDRESS_TOKEN_HEADER,
  installClientAddressToken,
  isLoopback,
  isTrusted,
  normaliseAddress,
  parseTrustedProxies,
  resolveClientAddress,
} from '../../lib/http/client-address';
import { assertRuntimeEnv } from '../../lib/env';
import { onParentGone } from './parent-watch';

const dev = process.argv.includes('--dev');
const dir = process.argv[process.argv.indexOf('--dir') + 1] ?? process.cwd();
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';
const trusted = parseTrustedProxies(process.env.NADZOR_TRUSTED_PROXIES);
const refuseRemote = process.env.NADZOR_DEMO === '1' && process.env.NADZOR_DEMO_ALLOW_REMOTE !== '1';

const token = randomBytes(32).toString('hex');
installClientAddressToken(token);

// Without the launcher there is no database (embedded) and nobody to restart us: free the port.
let stopServing: ((graceMs: number) => void) | null = null;
onParentGone((why) => {
  console.error(`✖ App server stopping: ${why}.`);
  if (stopServing) stopServing(2_000);
  else process.exit(1);
});

async function main() {
  // Secrets and database first, with a message naming what is missing (exit 1, no stack trace).
  assertRuntimeEnv('app');
  applyStandaloneConfig(dir);
  const app = next({ dev, dir, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    const forwarded = req.headers['x-forwarded-for'];
    const address = resolveClientAddress({
      peer: req.socket.remoteAddress,
      forwardedFor: Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
      trusted,
    });
    if (refuseRemote && !isLoopback(address)) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Demo mode serves this machine only (set NADZOR_DEMO_ALLOW_REMOTE=1 to allow other clients).\n');
      return;
    }
    // Whatever the client sent under our names goes; only our values reach the app.
    delete req.headers[CLIENT_ADDRESS_HEADER];
    delete req.headers[CLIENT_ADDRESS_TOKEN_HEADER];
    // Only a trusted proxy may say the client came over HTTPS (HSTS and secure cookies follow it).
    const peer = normaliseAddress(req.socket.remoteAddress);
    if (!peer || !isTrusted(peer, trusted)) delete req.headers['x-forwarded-proto'];
    // And only a trusted proxy may name the request id (lib/http/request-id.ts).
    if (!peer || !isTrusted(peer, trusted)) delete req.headers['x-request-id'];
    if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
    req.headers[CLIENT_ADDRESS_TOKEN_HEADER] = token;
    void handle(req, res);
  });
  // Next handles uncaught exceptions by logging them; a server that cannot listen must exit so that
  // start.ts stops everything.
  server.on('error', (error) => {
    console.error(`✖ The app server cannot serve on ${hostname}:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, hostname, () => {
    console.log(
      `• App on http://${hostname}:${port}${dev ? ' (development)' : ''}; trusted proxies: ${process.env.NADZOR_TRUSTED_PROXIES?.trim() || 'none (the peer address is the client)'}`,
    );
  });

  let closing = false;
  const shutdown = (graceMs = 10_000) => {
    if (closing) return;
    closing = true;
    // Stop accepting, let requests in flight finish, then leave; never hang on keep-alive sockets.
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), graceMs).unref();
  };
  process.on('SIGTERM', () => shutdown());
  process.on('SIGINT', () => shutdown());
  stopServing = shutdown;
}

/**
 * In the container Next runs from its standalone output (Dockerfile), which has no next.config.mjs:
 * the config as the build resolved it is in .next/required-server-files.json, handed to Next the
 * way its own standalone server.js does. Under `npm start` the config file is there and wins.
 */
function applyStandaloneConfig(projectDir: string) {
  if (process.env.__NEXT_PRIVATE_STANDALONE_CONFIG) return;
  if (['next.config.mjs', 'next.config.js', 'next.config.ts'].some((f) => fs.existsSync(path.join(projectDir, f)))) return;
  const required = path.join(projectDir, '.next', 'required-server-files.json');
  if (!fs.existsSync(required)) return;
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify((JSON.parse(fs.readFileSync(required, 'utf8')) as { config: unknown }).config);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
