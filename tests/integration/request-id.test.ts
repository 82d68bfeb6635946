import { afterEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { proxy } from '@/proxy';
import { CLIENT_ADDRESS_TOKEN_HEADER, installClientAddressToken } from '@/lib/http/client-address';

// proxy.ts gives every response the request id it put on the request (read by the audit trail
// and the log lines); it takes one from the request only when our server vouches for it (the
// server removes it unless a trusted proxy sent it: prisma/tools/app-server.ts).

const TOKEN = 'test-server-token';
afterEach(() => installClientAddressToken(undefined as unknown as string));

describe('request id', () => {
  it('is new on every response, and the health endpoints need no session', async () => {
    for (const path of ['/api/health', '/api/health/live', '/api/health/ready']) {
      const response = await proxy(new NextRequest(`http://localhost${path}`));
      expect(response.headers.get('location'), path).toBeNull();
      expect(response.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers.get('x-middleware-request-x-request-id'), path).toBe(response.headers.get('x-request-id'));
    }
  });

  it('is set on a redirect to sign-in too', async () => {
    const response = await proxy(new NextRequest('http://localhost/persons'));
    expect(response.headers.get('location')).toMatch(/\/login$/);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("ignores a client's X-Request-Id when the request did not come through our server", async () => {
    const response = await proxy(new NextRequest('http://localhost/api/health', { headers: { 'x-request-id': 'chosen-by-client-123' } }));
    expect(response.headers.get('x-request-id')).not.toBe('chosen-by-client-123');
  });

  it("keeps the trusted proxy's id that our server let through, if well-formed", async () => {
    installClientAddressToken(TOKEN);
    const ok = await proxy(
      new NextRequest('http://localhost/api/health', { headers: { 'x-request-id': 'caddy-0f1e2d3c4b5a', [CLIENT_ADDRESS_TOKEN_HEADER]: TOKEN } }),
    );
    expect(ok.headers.get('x-request-id')).toBe('caddy-0f1e2d3c4b5a');
    const odd = await proxy(
      new NextRequest('http://localhost/api/health', { headers: { 'x-request-id': 'has spaces "and quotes"', [CLIENT_ADDRESS_TOKEN_HEADER]: TOKEN } }),
    );
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
