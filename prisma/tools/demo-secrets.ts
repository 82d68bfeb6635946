// Demo mode's secrets: random, made once per data folder and kept beside it in a file only the
// owner can read, so a demo's cookies and audit seals are never made with a key published in
// the source. Values given in the environment always win (docs/decisions/009-csp-and-session-exposure.md).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type TDemoSecrets = { NEXTAUTH_SECRET: string; AUDIT_HMAC_KEY: string };

const NAMES = ['NEXTAUTH_SECRET', 'AUDIT_HMAC_KEY'] as const;

function readSecrets(file: string): Partial<TDemoSecrets> {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<TDemoSecrets>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`${file} is unreadable; delete it to generate new demo secrets (existing sessions end, the audit seal restarts)`, { cause: error });
  }
}

/**
 * The secrets for a demo: those from `given` (the environment), the rest from `file`, generated
 * into it on first use (mode 0600). A key kept in the file is never replaced: the audit trail's
 * seal depends on it.
 */
export function demoSecrets(file: string, given: Partial<Record<string, string | undefined>>): { secrets: TDemoSecrets; generated: string[] } {
  const stored = readSecrets(file);
  const missing = NAMES.filter((name) => !given[name] && !stored[name]);
  if (missing.length > 0) {
    const next = { ...stored };
    for (const name of missing) next[name] = crypto.randomBytes(32).toString('base64url');
    if (!writeOnce(file, next, Object.keys(stored).length > 0)) return demoSecrets(file, given); // another start won the race
    Object.assign(stored, next);
  }
  const secrets = Object.fromEntries(NAMES.map((name) => [name, given[name] || stored[name]!])) as TDemoSecrets;
  return { secrets, generated: missing };
}

/**
 * Writes the file atomically (mode 0600). A new file is linked into place only if none exists yet,
 * so two starts racing on one data folder agree on one key; false when the other was first.
 */
function writeOnce(file: string, secrets: Partial<TDemoSecrets>, replace: boolean): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  try {
    if (replace) {
      fs.renameSync(temporary, file);
      return true;
    }
    fs.linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/** Beside the embedded data folder (`.data/pglite.secrets.json`), or in `.data/` for a server database. */
export function demoSecretsFile({ root, dataDir }: { root: string; dataDir: string | undefined }): string {
  return dataDir ? `${dataDir}.secrets.json` : path.join(root, '.data', 'demo.secrets.json');
}
