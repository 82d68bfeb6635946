import { describe, expect, it } from 'vitest';
import { clientIpFrom } from '@/lib/http/client-ip';
import { sniffImageType } from '@/lib/persons/photo';

describe('client address', () => {
  it('counts from the right so a forged left-hand entry is ignored', () => {
    expect(clientIpFrom('6.6.6.6, 10.1.2.3', 0)).toBe('10.1.2.3');
    expect(clientIpFrom('6.6.6.6, 203.0.113.9, 10.0.0.1', 1)).toBe('203.0.113.9');
    expect(clientIpFrom('203.0.113.9', 5)).toBe('203.0.113.9');
    expect(clientIpFrom(null, 0)).toBeNull();
  });
});

describe('photo type sniffing', () => {
  it('trusts the bytes, not the declared type', () => {
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull();
  });
});
