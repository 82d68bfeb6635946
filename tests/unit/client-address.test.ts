import { afterEach, describe, expect, it } from 'vitest';
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_ADDRESS_TOKEN_HEADER,
  clientAddressFrom,
  installClientAddressToken,
  isLoopback,
  normaliseAddress,
  parseTrustedProxies,
  resolveClientAddress,
} from '@/lib/http/client-address';

const none = parseTrustedProxies('');

describe('the client address without a trusted proxy (the default)', () => {
  it('is the TCP peer; X-Forwarded-For is ignored however it is written', () => {
    expect(resolveClientAddress({ peer: '198.51.100.7', forwardedFor: '127.0.0.1', trusted: none })).toBe('198.51.100.7');
    expect(resolveClientAddress({ peer: '198.51.100.7', forwardedFor: '6.6.6.6, 10.1.2.3', trusted: none })).toBe('198.51.100.7');
    expect(resolveClientAddress({ peer: '198.51.100.7', forwardedFor: undefined, trusted: none })).toBe('198.51.100.7');
    // A peer listed nowhere is not trusted even when it is this machine.
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '203.0.113.9', trusted: none })).toBe('127.0.0.1');
  });

  it('reads an IPv4-mapped IPv6 peer as the IPv4 address, and IPv6 peers canonically', () => {
    expect(resolveClientAddress({ peer: '::ffff:198.51.100.7', forwardedFor: null, trusted: none })).toBe('198.51.100.7');
    expect(resolveClientAddress({ peer: '2001:DB8:0:0::1', forwardedFor: null, trusted: none })).toBe('2001:db8::1');
    expect(resolveClientAddress({ peer: undefined, forwardedFor: '1.2.3.4', trusted: none })).toBeNull();
  });
});

describe('the client address through trusted proxies', () => {
  const trusted = parseTrustedProxies('127.0.0.1, 10.0.0.0/8, 2001:db8:aa::/48, ::1');

  it("takes the right-most untrusted entry; entries left of it are the client's own claims", () => {
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '203.0.113.9', trusted })).toBe('203.0.113.9');
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '6.6.6.6, 203.0.113.9', trusted })).toBe('203.0.113.9');
    // Two proxies: the inner one appended the outer one, the outer one appended the client.
    expect(resolveClientAddress({ peer: '10.1.1.1', forwardedFor: '1.1.1.1, 203.0.113.9, 10.2.2.2', trusted })).toBe('203.0.113.9');
    // A client forging a trusted address to the left changes nothing.
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '10.9.9.9, 203.0.113.9', trusted })).toBe('203.0.113.9');
  });

  it('matches CIDR ranges in IPv4 and IPv6, and IPv4-mapped forms of either side', () => {
    expect(resolveClientAddress({ peer: '::ffff:10.20.30.40', forwardedFor: '2001:db8:bb::5', trusted })).toBe('2001:db8:bb::5');
    expect(resolveClientAddress({ peer: '2001:db8:aa:1::2', forwardedFor: '::ffff:198.51.100.1', trusted })).toBe('198.51.100.1');
    expect(resolveClientAddress({ peer: '::1', forwardedFor: '[2001:db8:cc::9]:4711', trusted })).toBe('2001:db8:cc::9');
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '198.51.100.3:5555', trusted })).toBe('198.51.100.3');
    const mapped = parseTrustedProxies('::ffff:192.168.0.0/112');
    expect(resolveClientAddress({ peer: '192.168.3.4', forwardedFor: '203.0.113.1', trusted: mapped })).toBe('203.0.113.1');
    expect(resolveClientAddress({ peer: '192.169.3.4', forwardedFor: '203.0.113.1', trusted: mapped })).toBe('192.169.3.4');
  });

  it('is the left-most proxy when every hop is trusted, the peer when there is no header, unknown when a proxy passed garbage', () => {
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '10.0.0.5', trusted })).toBe('10.0.0.5');
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: null, trusted })).toBe('127.0.0.1');
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '203.0.113.9, not-an-address', trusted })).toBeNull();
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: 'x'.repeat(10_000), trusted })).toBeNull();
  });

  it('refuses a configuration entry that is not an address or range', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8, proxy.local')).toThrow(/proxy\.local/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow();
  });
});

describe('addresses', () => {
  it('normalise, and know loopback in both families', () => {
    expect(normaliseAddress(' 198.51.100.1 ')).toBe('198.51.100.1');
    expect(normaliseAddress('fe80::1%eth0')).toBe('fe80::1');
    expect(normaliseAddress('unknown')).toBeNull();
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('127.3.2.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('198.51.100.1')).toBe(false);
    expect(isLoopback(null)).toBe(false);
  });
});

describe('the address header inside the app', () => {
  const key = Symbol.for('nadzor.clientAddressToken');
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[key];
  });

  it("is believed only with this process's token, so plain `next start` cannot be fooled", () => {
    const headers = (token: string) => new Headers({ [CLIENT_ADDRESS_HEADER]: '198.51.100.9', [CLIENT_ADDRESS_TOKEN_HEADER]: token });
    expect(clientAddressFrom(headers('anything'))).toBeNull();
    installClientAddressToken('secret-token');
    expect(clientAddressFrom(headers('secret-token'))).toBe('198.51.100.9');
    expect(clientAddressFrom(headers('guessed'))).toBeNull();
    expect(clientAddressFrom({ [CLIENT_ADDRESS_HEADER]: '198.51.100.9', [CLIENT_ADDRESS_TOKEN_HEADER]: 'secret-token' })).toBe('198.51.100.9');
    expect(clientAddressFrom(new Headers({ 'x-forwarded-for': '198.51.100.9' }))).toBeNull();
  });
});
