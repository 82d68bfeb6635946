import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoSecrets, demoSecretsFile } from '@/prisma/tools/demo-secrets';

const folders: string[] = [];
function tempFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nadzor-demo-secrets-'));
  folders.push(dir);
  return demoSecretsFile({ root: dir, dataDir: path.join(dir, 'pglite') });
}
afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('demo secrets', () => {
  it('generates random secrets once per data folder, readable by the owner only, and keeps them', () => {
    const file = tempFile();
    expect(file).toMatch(/pglite\.secrets\.json$/);
    const first = demoSecrets(file, {});
    expect(first.generated).toEqual(['NEXTAUTH_SECRET', 'AUDIT_HMAC_KEY']);
    expect(first.secrets.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(first.secrets.AUDIT_HMAC_KEY.length).toBeGreaterThanOrEqual(32);
    expect(first.secrets.NEXTAUTH_SECRET).not.toBe(first.secrets.AUDIT_HMAC_KEY);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // The next start reuses them (the audit seal depends on the key).
    expect(demoSecrets(file, {})).toEqual({ secrets: first.secrets, generated: [] });
    // Another data folder gets its own.
    expect(demoSecrets(tempFile(), {}).secrets.AUDIT_HMAC_KEY).not.toBe(first.secrets.AUDIT_HMAC_KEY);
  });

  it('takes what the environment gives and stores only what it had to make', () => {
    const file = tempFile();
    const given = 'g'.repeat(40);
    const { secrets, generated } = demoSecrets(file, { NEXTAUTH_SECRET: given });
    expect(secrets.NEXTAUTH_SECRET).toBe(given);
    expect(generated).toEqual(['AUDIT_HMAC_KEY']);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ AUDIT_HMAC_KEY: secrets.AUDIT_HMAC_KEY });
    // Later the secret is no longer given: one is added beside the kept key.
    const later = demoSecrets(file, {});
    expect(later.generated).toEqual(['NEXTAUTH_SECRET']);
    expect(later.secrets.AUDIT_HMAC_KEY).toBe(secrets.AUDIT_HMAC_KEY);
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
