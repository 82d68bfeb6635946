import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { encode } from 'next-auth/jwt';
import { tsxTool } from '../prisma/tools/tsx-tool';
import { test, expect } from './fixtures';

// The error pages under a real failure: a second app server from the same build, whose database
// does not answer (a closed port). The public registry shows its own error page, a signed-in
// page the app's; in English (the browser's language) and in Russian (the language cookie),
// with the digest to quote, under the same CSP (the fixtures fail on violations or a page
// without a nonce). The root layout cannot be made to fail from outside: app/global-error.tsx
// is render-tested in tests/unit/error-pages.test.ts.

const root = path.resolve(import.meta.dirname, '..');
const SECRET = 'error-pages-secret-error-pages-secret-0123';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let server: ChildProcess | undefined;
let base = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const [appPort, deadDbPort] = [await freePort(), await freePort()];
  base = `http://127.0.0.1:${appPort}`;
  server = spawn(...tsxTool(root, 'prisma/tools/app-server.ts', ['--dir', root]), {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(appPort),
      // Nothing listens there: every query fails to connect, as in a database outage.
      DATABASE_URL: `postgresql://nadzor:nadzor@127.0.0.1:${deadDbPort}/nadzor`,
      NADZOR_DB_KIND: 'server',
      NADZOR_DEMO: '0',
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: base,
      AUDIT_HMAC_KEY: 'error-pages-audit-key-error-pages-audit-key',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Up once it answers at all (its health check says 503: the database is down).
  await expect
    .poll(
      async () =>
        fetch(`${base}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 90_000, intervals: [250] },
    )
    .toBeGreaterThan(0);
});

test.afterAll(async () => {
  if (server?.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server!.once('exit', resolve));
  }
});

/**
 * React reports the server's error in the browser console ("An error occurred in the Server
 * Components render", minified as React error #441); that one is expected here, nothing else.
 */
function expectOnlyServerRenderErrors(consoleErrors: string[]) {
  const expected = consoleErrors.filter((e) => /Server Components render|React error #441/.test(e));
  expect(consoleErrors.filter((e) => !expected.includes(e))).toEqual([]);
  consoleErrors.length = 0;
}

test('the public registry says, in English, that it is unavailable, that nothing was saved and what to do', async ({ page, consoleErrors }) => {
  await page.goto(`${base}/registry`);
  const error = page.getByTestId('error-page');
  await expect(error.getByRole('heading', { level: 1 })).toHaveText('The public registry is unavailable just now');
  await expect(error).toContainText('Nothing was changed or saved.');
  await expect(error).toContainText('Try again in a few minutes.');
  await expect(page.getByTestId('error-reference')).toHaveText(/^Reference: \S+$/);
  // The registry's frame stays: its name and the language switcher.
  await expect(page.getByRole('link', { name: 'Nadzor' })).toBeVisible();
  // Trying again while the database is still down fails again, to the same page.
  await error.getByRole('button', { name: 'Try again' }).click();
  await expect(error.getByRole('heading', { level: 1 })).toHaveText('The public registry is unavailable just now');
  expectOnlyServerRenderErrors(consoleErrors);
});

test('a signed-in page says it in Russian when that is the chosen language', async ({ page, consoleErrors }) => {
  // A well-formed session cookie: the page must ask the database about it, and cannot.
  const token = await encode({ token: { sid: 'a-session-the-database-would-know' }, secret: SECRET });
  await page.context().addCookies([
    { name: 'NEXT_LOCALE', value: 'ru', url: base },
    { name: 'next-auth.session-token', value: token, url: base, httpOnly: true },
  ]);
  await page.goto(`${base}/persons`);
  const error = page.getByTestId('error-page');
  await expect(error.getByRole('heading', { level: 1 })).toHaveText('Сервис не смог выполнить ваш запрос');
  await expect(error).toContainText('ничего из него не сохранено');
  await expect(error).toContainText('Повторите попытку через несколько минут');
  await expect(page.getByTestId('error-reference')).toHaveText(/^Код ошибки: \S+$/);
  await expect(error.getByRole('button', { name: 'Повторить' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  expectOnlyServerRenderErrors(consoleErrors);
});
