import { test as base, expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'nadzor-demo';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

// English UI for the assertions; console errors in the page fail the test.
export const test = base.extend<{ consoleErrors: string[] }>({
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
  page: async ({ browser }, use) => {
    const context = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'Accept-Language': 'en' } });
    const page = await context.newPage();
    await use(page);
    await context.close();
  },
});

export { expect };
