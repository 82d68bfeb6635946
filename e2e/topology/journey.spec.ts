import { randomUUID } from 'node:crypto';
import { request as newRequest, type APIRequestContext, type Page } from '@playwright/test';
import { test, expect, signIn, DEMO_PASSWORD } from '../fixtures';
import { INSTANCE_HEADER, PIN_HEADER } from './proxy';

// Two app instances and two workers on one PostgreSQL, behind a round-robin proxy
// (e2e/topology/drill.ts starts them; docs/scale-out.md). What one instance does, the other sees:
// the session, a change, the end of a session, a sign-in lock and a sign-in budget. Steps that
// must happen on a given instance pin it (X-Topology-Pin); the proxy's X-Topology-Instance header
// says which instance answered.

type TInstance = 'a' | 'b';

async function pin(page: Page, instance: TInstance | null) {
  await page.setExtraHTTPHeaders(instance ? { [PIN_HEADER]: instance } : {});
}

async function open(page: Page, url: string, instance: TInstance) {
  await pin(page, instance);
  const response = await page.goto(url);
  expect(response?.headers()[INSTANCE_HEADER], `${url} served by instance ${instance}`).toBe(instance);
}

test('a session, a change and a sign-out on one instance hold on the other; requests alternate', async ({ page, baseURL }) => {
  // Signed in on A, signed in on B with the same cookie.
  await pin(page, 'a');
  await signIn(page, 'officer@demo.kz');
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  await open(page, '/caseload?sort=name', 'b');
  await expect(page.getByTestId('current-user')).toBeVisible();
  await page.getByRole('table', { name: 'Persons in the caseload' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Compliance' })).toBeVisible();
  const personUrl = page.url();

  // A check-in recorded on A (the server action answered by A) is on the timeline served by B.
  await open(page, personUrl, 'a');
  await page.getByRole('link', { name: 'Record check-in' }).click();
  await page.getByLabel('Attended', { exact: true }).check();
  const note = `Topology drill ${randomUUID()}`;
  await page.getByLabel('Notes', { exact: true }).fill(note);
  const saved = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  expect((await saved).headers()[INSTANCE_HEADER]).toBe('a');
  await expect(page.getByRole('heading', { name: /^Timeline:/ })).toBeVisible();
  const timelineUrl = page.url();
  await open(page, timelineUrl, 'b');
  await expect(page.getByText(note)).toBeVisible();

  // Unpinned, every request goes to the next instance: pages and their assets come from both,
  // and the session holds on each.
  await pin(page, null);
  const served = new Set<string>();
  const record = (r: { headers: () => Record<string, string> }) => served.add(r.headers()[INSTANCE_HEADER]);
  page.on('response', record);
  for (const url of ['/caseload?sort=name', timelineUrl, '/caseload?sort=name', timelineUrl]) {
    await page.goto(url);
    await expect(page.getByTestId('current-user')).toBeVisible();
  }
  page.off('response', record);
  expect([...served].sort()).toEqual(['a', 'b']);

  // The cookie works on B until the user signs out on A; then it is dead on B too (the session
  // row is revoked in the database, not forgotten by one process).
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const replay = await newRequest.newContext({ baseURL, extraHTTPHeaders: { cookie, [PIN_HEADER]: 'b' } });
  try {
    const before = await replay.get('/caseload');
    expect(before.headers()[INSTANCE_HEADER]).toBe('b');
    expect(new URL(before.url()).pathname).toBe('/caseload');
    await open(page, '/caseload', 'a');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    const after = await replay.get('/caseload');
    expect(after.headers()[INSTANCE_HEADER]).toBe('b');
    expect(new URL(after.url()).pathname).toBe('/login');
  } finally {
    await replay.dispose();
  }
  await open(page, '/caseload', 'b');
  await expect(page).toHaveURL(/\/login/);
});

/** A credentials sign-in the way the login form posts it, on one instance, from `ip`. */
async function postSignIn(api: APIRequestContext, instance: TInstance, ip: string, email: string, password: string) {
  const headers = { [PIN_HEADER]: instance, 'x-forwarded-for': ip };
  const { csrfToken } = (await (await api.get('/api/auth/csrf', { headers })).json()) as { csrfToken: string };
  const response = await api.post('/api/auth/callback/credentials', {
    headers,
    form: { csrfToken, email, password, json: 'true', callbackUrl: '/' },
    maxRedirects: 0,
  });
  expect(response.headers()[INSTANCE_HEADER]).toBe(instance);
  const url = ((await response.json()) as { url?: string }).url ?? '';
  return { status: response.status(), error: new URL(url, 'http://x').searchParams.get('error') };
}

test('a sign-in lock and a source address over its sign-in budget hold on both instances', async ({ baseURL }) => {
  const api = await newRequest.newContext({ baseURL });
  try {
    // Lock: five wrong passwords spread over both instances lock the account on both.
    const lockIp = '203.0.113.10';
    expect(await postSignIn(api, 'a', lockIp, 'police2@demo.kz', DEMO_PASSWORD)).toEqual({ status: 200, error: null });
    for (const instance of ['a', 'b', 'a', 'b', 'a'] as const) {
      expect(await postSignIn(api, instance, lockIp, 'police2@demo.kz', 'not the password')).toEqual({ status: 401, error: 'CredentialsSignin' });
    }
    for (const instance of ['b', 'a'] as const) {
      expect(await postSignIn(api, instance, lockIp, 'police2@demo.kz', DEMO_PASSWORD), `locked on ${instance}`).toEqual({
        status: 401,
        error: 'CredentialsSignin',
      });
    }

    // Budget: 30 failures from one address (lib/auth/policy.ts IP_FAILURE_LIMIT), alternating,
    // and both instances answer 429 to that address, while another address still signs in.
    const budgetIp = '203.0.113.20';
    for (let i = 0; i < 30; i++) {
      expect((await postSignIn(api, i % 2 === 0 ? 'a' : 'b', budgetIp, `nobody-${i}@topology.test`, 'wrong')).status).toBe(401);
    }
    for (const instance of ['a', 'b'] as const) {
      const refused = await postSignIn(api, instance, budgetIp, 'officer2@demo.kz', DEMO_PASSWORD);
      expect(refused.status, `429 on ${instance}`).toBe(429);
      expect(refused.error).toMatch(/^TooManyRequests:\d+$/);
    }
    expect(await postSignIn(api, 'b', '203.0.113.30', 'officer2@demo.kz', DEMO_PASSWORD)).toEqual({ status: 200, error: null });
  } finally {
    await api.dispose();
  }
});
