import { test, expect } from './fixtures';

// The running app takes the client address from the TCP peer and, through a trusted proxy, from
// the right-most untrusted X-Forwarded-For entry only (prisma/tools/app-server.ts). e2e/server.ts
// trusts 127.0.0.1 as a proxy, so these requests play "a proxy on this machine forwarding a
// client": the entry it appends is the real client; everything to its left is the client's own
// forgery. Each test uses loopback client addresses of its own (demo mode serves only loopback),
// so the other specs' client (127.0.0.1, no header) keeps its budgets.

const forged = (i: number) => `198.51.100.${i % 250}, 10.${i % 200}.0.1`;

test('a spoofed X-Forwarded-For does not dodge the sign-in budget: the real client gets 429 with Retry-After', async ({ request }) => {
  const real = '127.0.0.9';
  const csrf = await request.get('/api/auth/csrf', { headers: { 'X-Forwarded-For': `${forged(0)}, ${real}` } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const attempt = (i: number, client = real) =>
    request.post('/api/auth/callback/credentials', {
      headers: { 'X-Forwarded-For': `${forged(i)}, ${client}` },
      form: { csrfToken, email: `nobody-${i}@e2e.invalid`, password: 'wrong', json: 'true' },
    });
  // Thirty failures, each with a different forged address in front.
  for (let i = 1; i <= 30; i++) expect((await attempt(i)).status(), `attempt ${i}`).not.toBe(429);
  const refused = await attempt(31);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
  // Another client behind the same proxy is not affected.
  expect((await attempt(32, '127.0.0.10')).status()).not.toBe(429);
});

test('the login form says how long to wait when the address is over its budget', async ({ page, request }) => {
  const real = '127.0.0.11';
  const csrf = await request.get('/api/auth/csrf', { headers: { 'X-Forwarded-For': real } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  for (let i = 0; i < 30; i++) {
    await request.post('/api/auth/callback/credentials', {
      headers: { 'X-Forwarded-For': real },
      form: { csrfToken, email: `nobody-${i}@e2e.invalid`, password: 'wrong', json: 'true' },
    });
  }
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'en', 'X-Forwarded-For': real });
  await page.goto('/login');
  await page.getByLabel('Email').fill('officer@demo.kz');
  await page.getByLabel('Password').fill('nadzor-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#login-error')).toHaveText(/Too many failed sign-in attempts from this address\. Try again in 1[45] minutes\./);
});

test('the public registry answers 429 with Retry-After past the page budget, per real client', async ({ request }) => {
  const real = '127.0.0.12';
  let status = 0;
  for (let i = 0; i < 61 && status !== 429; i++)
    status = (await request.get('/registry', { headers: { 'X-Forwarded-For': `${forged(i)}, ${real}` } })).status();
  expect(status).toBe(429);
  const refused = await request.get('/registry/export', { headers: { 'X-Forwarded-For': real } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await request.get('/registry', { headers: { 'X-Forwarded-For': '127.0.0.13' } })).status()).toBe(200);
});

test('demo mode refuses a client that is not on this machine', async ({ request }) => {
  const remote = await request.get('/login', { headers: { 'X-Forwarded-For': '203.0.113.5' } });
  expect(remote.status()).toBe(403);
  // A forged loopback address to the left of the real one does not help.
  expect((await request.get('/login', { headers: { 'X-Forwarded-For': '127.0.0.1, 203.0.113.5' } })).status()).toBe(403);
  expect((await request.get('/login')).status()).toBe(200);
});
