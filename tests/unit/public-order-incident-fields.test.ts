import { describe, expect, it } from 'vitest';
import { normaliseProtocolNumber } from '@/lib/public-order/incidents-schemas';
import { downloadName, sanitiseFileName, sniffIncidentFileType } from '@/lib/public-order/incident-files';

// The administrative protocol number rule and evidence file names (docs/decisions/032-public-order-incidents.md).

describe('administrative protocol number', () => {
  it.each([
    ['АА 123456', 'АА 123456'],
    ['  12-345/2026  ', '12-345/2026'],
    ['KZ   0045', 'KZ 0045'],
    ['№ 77.12', '№ 77.12'],
    ['ҚР-0001', 'ҚР-0001'],
  ])('accepts %j as %j', (raw, expected) => {
    expect(normaliseProtocolNumber(raw)).toBe(expected);
  });

  it('treats empty or blank as "no protocol"', () => {
    expect(normaliseProtocolNumber('')).toBeNull();
    expect(normaliseProtocolNumber('   ')).toBeNull();
  });

  it.each(['no digits', '-123', '12<script>', '1'.repeat(31), '12;DROP', 'A\u0000 1'])('refuses %j', (raw) => {
    expect(normaliseProtocolNumber(raw)).toBe('invalid');
  });
});

describe('evidence file names and types', () => {
  it('keeps only the last path segment and plain characters, with a fallback by type', () => {
    expect(sanitiseFileName('C:\\Users\\x\\фото 1.jpg', 'image/jpeg', 0)).toBe('фото 1.jpg');
    expect(sanitiseFileName('../../a"b<c>.pdf', 'application/pdf', 0)).toBe('a_b_c_.pdf');
    expect(sanitiseFileName('...', 'image/png', 2)).toBe('incident-file-3.png');
    expect(sanitiseFileName(undefined, 'application/pdf', 0)).toBe('incident-file-1.pdf');
    expect(sanitiseFileName('x'.repeat(300), 'image/png', 0)).toHaveLength(120);
  });

  it('downloads under the stored name only when it is plain ASCII', () => {
    expect(downloadName({ id: 'f1', fileName: 'scan_01.pdf', mimeType: 'application/pdf' })).toBe('scan_01.pdf');
    expect(downloadName({ id: 'f1', fileName: 'акт.pdf', mimeType: 'application/pdf' })).toBe('incident-file-f1.pdf');
  });

  it('sniffs the type from the bytes, not the name', () => {
    expect(sniffIncidentFileType(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffIncidentFileType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffIncidentFileType(new TextEncoder().encode('<html>'))).toBeNull();
  });
});
