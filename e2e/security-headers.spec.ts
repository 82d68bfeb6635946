import { test, expect, signIn } from './fixtures';

// Every spec runs with the fixtures' checks (e2e/fixtures.ts): no Content-Security-Policy violation
// and a CSP nonce on every HTML page. Here: the headers themselves and the session endpoint.

const scriptNonces = (html: string) => [...html.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((m) => m[1]);

test('every page gets its own nonce, which Next puts on its scripts, and the fixed headers', async ({ page }) => {
  const nonces: string[] = [];
  for (const path of ['/login', '/login', '/registry', '/registry/no-such-page']) {
    const response = (await page.goto(path))!;
    const headers = response.headers();
    const nonce = /script-src 'self' 'nonce-([^']+)' 'strict-dynamic'/.exec(headers['content-security-policy'] ?? '')?.[1];
    expect(nonce, `CSP nonce on ${path}`).toBeTruthy();
    expect(/script-src[^;]*/.exec(headers['content-security-policy'])![0]).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const html = await response.text();
    expect(new Set(scriptNonces(html)), `scripts of ${path}`).toEqual(new Set([nonce]));
    expect(headers).toMatchObject({
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=()',
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
    });
    // Plain HTTP: no HSTS.
    expect(headers['strict-transport-security']).toBeUndefined();
    nonces.push(nonce!);
  }
  expect(new Set(nonces).size).toBe(nonces.length);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The test server trusts 127.0.0.1 as its reverse proxy (e2e/server.ts), so this client speaks
  // as that proxy: its X-Forwarded-Proto is believed. From an untrusted peer the app server drops
  // the header (prisma/tools/app-server.ts; tests/unit/security-headers.test.ts).
  const viaProxy = await page.request.get('/login', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(viaProxy.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  // A download route still answers (CSV, no HTML).
  const csv = await page.request.get('/registry/export');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toMatch(/text\/csv/);
});

test('page JavaScript learns no session id: the endpoint gives the expiry only, the cookie is httpOnly', async ({ page }) => {
  await signIn(page, 'supervisor@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  // The dashboard's charts render under the policy too (the fixtures fail on any violation).
  await page.goto('/dashboard');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();

  const session = await page.evaluate(async () => (await fetch('/api/auth/session')).json());
  expect(Object.keys(session)).toEqual(['expires']);
  expect(JSON.stringify(session)).not.toMatch(/sid/);
  expect(await page.evaluate(() => document.cookie)).not.toContain('session-token');
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('next-auth.session-token'));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  // Still signed in: the server reads the session from the cookie.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
});

test('injected markup cannot run script: the policy blocks an inline handler', async ({ page, cspViolations, consoleErrors }) => {
  await page.goto('/registry');
  await expect(page.getByTestId('registry-count')).toBeVisible();
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img alt="" src="data:," onerror="window.__injected = true">'));
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(cspViolations.join('\n')).toMatch(/script-src-attr|script-src/);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  // Provoked on purpose: forget it so the fixtures do not fail the test.
  cspViolations.length = 0;
  consoleErrors.length = 0;
});
