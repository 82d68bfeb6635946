import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { AUDIT_ACTION_CODES, auditActionKey } from '@/lib/audit/action-codes';
import { ROOT, walk } from '../helpers/source-files';

// The audit trail shows each action in words (issue 12): every action code the code base writes
// (a defineAction/defineRoute name, an `action:` given to writeAudit, a second-factor check, an
// export's `export.<list>`) must be in AUDIT_ACTION_CODES (the filter's select) and have a label
// in en, ru and kk.

const CODE = String.raw`[a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+`;
function codesWritten(): Set<string> {
  const codes = new Set<string>();
  for (const file of [...walk(path.join(ROOT, 'lib')), ...walk(path.join(ROOT, 'app'))]) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(new RegExp(String.raw`\b(?:action|name):\s*'(${CODE})'`, 'g'))) codes.add(m[1]!);
    for (const m of text.matchAll(new RegExp(String.raw`wrongCode\([^)]*?'(${CODE})'`, 'g'))) codes.add(m[1]!);
    for (const m of text.matchAll(/\blist:\s*'([a-z-]+)'/g)) codes.add(`export.${m[1]}`);
  }
  return codes;
}

describe('audit action labels', () => {
  const written = codesWritten();

  it('finds the codes the code base writes', () => {
    // A sample that must be found, so a broken scan cannot pass silently.
    for (const code of ['person.view', 'petition.setHearing', 'petition.rescheduleHearing', 'auth.signIn', 'export.audit', 'auth.mfaVerify'])
      expect(written.has(code), code).toBe(true);
  });

  it('lists every written code for the action filter', () => {
    expect([...written].filter((c) => !(AUDIT_ACTION_CODES as readonly string[]).includes(c)).sort()).toEqual([]);
  });

  for (const locale of ['en', 'ru', 'kk'] as const) {
    it(`labels every code in ${locale}`, () => {
      const labels = (MESSAGES[locale] as { auditAction?: Record<string, string> }).auditAction ?? {};
      const missing = [...new Set([...written, ...AUDIT_ACTION_CODES])].filter((c) => !labels[auditActionKey(c)]?.trim());
      expect(missing.sort()).toEqual([]);
    });
  }

  it('gives distinct codes distinct keys', () => {
    const keys = AUDIT_ACTION_CODES.map(auditActionKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
