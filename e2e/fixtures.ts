import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'nadzor-demo';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs out and in as someone else, and waits for their navigation: a hand-off to the next role. */
export async function switchTo(page: Page, email: string) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, email);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
}

/** Presses a step's button, then the same button again in its confirmation, which names what will happen. */
export async function confirmStep(page: Page, button: string, title: string) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog.getByRole('heading', { name: title })).toBeFocused();
  await dialog.getByRole('button', { name: button }).click();
}

/** The supervisor endorses the police draft at `url`, then police file it with the court. */
export async function endorseAndFile(page: Page, url: string) {
  await switchTo(page, 'supervisor@demo.kz');
  await page.goto(url);
  await confirmStep(page, 'Endorse', 'Endorse this petition?');
  await expect(page.getByTestId('petition-status')).toHaveText('Endorsed');
  await switchTo(page, 'police@demo.kz');
  await page.goto(url);
  await confirmStep(page, 'File with the court', 'File the petition with the court?');
  await expect(page.getByTestId('petition-status')).toHaveText('Filed');
}

/**
 * axe at WCAG 2.1 AA finds nothing serious or critical. Next streams metadata, so the page is
 * analysed once it has loaded and has its title; `where` names the page in a failure.
 */
export async function expectAccessible(page: Page, where = '') {
  await page.waitForLoadState('load');
  await expect(page).toHaveTitle(/Nadzor/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where ? `${where} ` : ''}${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A Content-Security-Policy violation the page reported (event, console or page error). */
const CSP_MESSAGE = /Content[- ]Security[- ]Policy|securitypolicyviolation/i;

type TFixtures = { consoleErrors: string[]; cspViolations: string[]; htmlWithoutNonce: string[] };

// English UI for the assertions; console errors in the page fail the test, and so does any
// Content-Security-Policy violation or an HTML page served without a CSP nonce (docs/security.md).
export const test = base.extend<TFixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !/404|Failed to load resource/.test(msg.text())) errors.push(msg.text());
      });
      await use(errors);
      expect(errors, 'console errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      // securitypolicyviolation events, from every page and frame of the context (see `page` below).
      await page.context().exposeBinding('__nadzorCspViolation', (_source, text: string) => void violations.push(text));
      page.on('console', (msg) => {
        if (CSP_MESSAGE.test(msg.text())) violations.push(`console ${msg.type()}: ${msg.text()}`);
      });
      page.on('pageerror', (error) => {
        if (CSP_MESSAGE.test(String(error))) violations.push(`page error: ${String(error)}`);
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  htmlWithoutNonce: [
    async ({ page }, use) => {
      const missing: string[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'document' || !/text\/html/.test(response.headers()['content-type'] ?? '')) return;
        if (!/script-src [^;]*'nonce-[A-Za-z0-9+/=_-]+'/.test(response.headers()['content-security-policy'] ?? ''))
          missing.push(`${response.status()} ${response.url()}`);
      });
      await use(missing);
      expect(missing, 'HTML pages without a CSP nonce').toEqual([]);
    },
    { auto: true },
  ],
  page: async ({ browser }, use) => {
    const context = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'Accept-Language': 'en' } });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __nadzorCspViolation?: (text: string) => void }).__nadzorCspViolation;
        void report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile || location.pathname}:${event.lineNumber}`);
      });
    });
    const page = await context.newPage();
    await use(page);
    await context.close();
  },
});

export { expect };
