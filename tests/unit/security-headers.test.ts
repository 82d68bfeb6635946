import { describe, expect, it } from 'vitest';
import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header';
import { buildContentSecurityPolicy, createNonce, HSTS_VALUE, requestSecurityHeaders, servedOverHttps } from '@/lib/http/security-headers';

const directives = (policy: string) =>
  new Map(
    policy.split('; ').map((d) => {
      const [name, ...values] = d.split(' ');
      return [name, values];
    }),
  );

describe('content security policy', () => {
  it('makes a fresh, unguessable nonce for every request', () => {
    const nonces = new Set(Array.from({ length: 200 }, createNonce));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/); // 16 random bytes
  });

  it('allows scripts only by nonce (and what they load), never inline, and eval only under next dev', () => {
    const nonce = createNonce();
    const policy = directives(buildContentSecurityPolicy({ nonce }));
    expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(policy.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(directives(buildContentSecurityPolicy({ nonce, dev: true })).get('script-src')).toContain("'unsafe-eval'");
    expect(buildContentSecurityPolicy({ nonce })).not.toMatch(/unsafe-eval/);
    expect(Object.fromEntries(policy)).toMatchObject({
      'default-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'self'"],
      'base-uri': ["'none'"],
      'object-src': ["'none'"],
    });
  });

  it('is read back by Next, which puts the same nonce on its own scripts', () => {
    const nonce = createNonce();
    expect(getScriptNonceFromHeader(buildContentSecurityPolicy({ nonce }))).toBe(nonce);
  });
});

describe('HSTS', () => {
  it('is sent only when a trusted proxy says the client came over HTTPS', () => {
    expect(servedOverHttps({ forwardedProto: 'https', behindTrustedProxy: true })).toBe(true);
    expect(servedOverHttps({ forwardedProto: 'HTTPS, http', behindTrustedProxy: true })).toBe(true);
    expect(servedOverHttps({ forwardedProto: 'http', behindTrustedProxy: true })).toBe(false);
    expect(servedOverHttps({ forwardedProto: null, behindTrustedProxy: true })).toBe(false);
    // Without a configured proxy the header is anyone's claim.
    expect(servedOverHttps({ forwardedProto: 'https', behindTrustedProxy: false })).toBe(false);
    expect(requestSecurityHeaders({ nonce: 'n', dev: false, https: true })['Strict-Transport-Security']).toBe(HSTS_VALUE);
    expect(requestSecurityHeaders({ nonce: 'n', dev: false, https: false })).not.toHaveProperty('Strict-Transport-Security');
    expect(HSTS_VALUE).toBe('max-age=63072000; includeSubDomains');
  });
});
