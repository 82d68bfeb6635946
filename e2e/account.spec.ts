import type { Browser, Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { test, expect, signIn } from './fixtures';

// Own passwords and the second factor (docs/decisions/006-own-passwords-and-mfa.md): an
// administrator creates a user and gets a one-time link; the user chooses a password, enrols
// TOTP at first sign-in, signs in again with a code and with a recovery code; a password
// change in one browser ends the session in another. Codes are computed from the key shown as text.

const GOOD_PASSWORD = 'Seven quiet horses on the steppe';
const NEW_PASSWORD = 'Autumn rain over Burabay lake';

async function englishPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'Accept-Language': 'en' } });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/404|Failed to load resource/.test(msg.text())) throw new Error(`console error: ${msg.text()}`);
  });
  return page;
}

const codeAt = (secret: string, offsetSeconds: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: Date.now() + offsetSeconds * 1000 });

async function passwordStep(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/login\/second-factor$/);
}

test('a new user activates, enrols a second factor, signs in with codes, and a password change ends other sessions', async ({ page, browser }) => {
  const email = `e2e-${Date.now()}@test.kz`;
  const name = 'Asel Activatova';

  // The administrator creates the user: no password field, a one-time link instead.
  await signIn(page, 'admin@demo.kz');
  await expect(page.getByTestId('current-user')).toBeVisible();
  await page.goto('/admin/users/new');
  await expect(page.getByLabel('Initial password')).toHaveCount(0);
  await page.getByLabel('Full name', { exact: true }).fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Role').selectOption('POLICE');
  await page.getByLabel('District').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Create user' }).click();
  const linkBox = page.getByTestId('activation-link');
  await expect(linkBox).toBeVisible();
  const link = await linkBox.getByRole('textbox').inputValue();
  expect(link).toMatch(/\/activate\/[\w-]{40,}$/);
  await page.getByRole('link', { name: 'Done' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Not activated');

  // The user, in a browser of their own, chooses a password.
  const user = await englishPage(browser);
  await user.goto(link);
  await expect(user.getByText(email)).toBeVisible();
  await user.getByLabel('New password').fill('password1234');
  await user.getByRole('button', { name: 'Set password' }).click();
  await expect(user.getByText('This password is too common. Choose another one.')).toBeVisible();
  await user.getByLabel('New password').fill(GOOD_PASSWORD);
  await user.getByRole('button', { name: 'Set password' }).click();
  await expect(user.getByText('Your password is set. You can now sign in.')).toBeVisible();
  await user.goto(link);
  await expect(user.getByText(/This link cannot be used/)).toBeVisible();

  // First sign-in: the password, then enrolment of the authenticator.
  await passwordStep(user, email, GOOD_PASSWORD);
  await expect(user.getByRole('heading', { name: 'Set up a second factor' })).toBeVisible();
  const secret = (await user.getByTestId('totp-secret').textContent())!.trim();
  await user.getByLabel('Code', { exact: true }).fill(codeAt(secret, 0));
  await user.getByRole('button', { name: 'Continue' }).click();
  const codes = user.getByTestId('recovery-codes').getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!.trim();
  await user.getByRole('button', { name: /I have stored them/ }).click();
  await expect(user.getByTestId('current-user')).toContainText(name);

  // Pages and actions are closed to a half-signed-in session: sign out, give the password only.
  await user.getByRole('button', { name: 'Sign out' }).click();
  await expect(user).toHaveURL(/\/login$/);
  await passwordStep(user, email, GOOD_PASSWORD);
  await user.goto('/persons');
  await expect(user).toHaveURL(/\/login\/second-factor$/);
  await expect(user.getByRole('heading', { name: 'Second factor' })).toBeVisible();
  // The code of the step already used is refused; the next step's is taken (one step of drift is allowed).
  await user.getByLabel('Code', { exact: true }).fill('000000');
  await user.getByRole('button', { name: 'Continue' }).click();
  await expect(user.getByText('This code is wrong or was already used.')).toBeVisible();
  await user.getByLabel('Code', { exact: true }).fill(codeAt(secret, 30));
  await user.getByRole('button', { name: 'Continue' }).click();
  await expect(user.getByTestId('current-user')).toContainText(name);

  // A second browser signs in with a recovery code.
  const other = await englishPage(browser);
  await passwordStep(other, email, GOOD_PASSWORD);
  await other.getByLabel('Code', { exact: true }).fill(recovery);
  await other.getByRole('button', { name: 'Continue' }).click();
  await expect(other.getByTestId('current-user')).toContainText(name);

  // A password change in the first browser ends the second one's session, not its own.
  await user.getByRole('link', { name }).click();
  await expect(user.getByRole('heading', { name: 'My account' })).toBeVisible();
  await user.getByLabel('Current password').fill(GOOD_PASSWORD);
  await user.getByLabel('New password').fill(NEW_PASSWORD);
  await user.getByRole('button', { name: 'Change password' }).click();
  await expect(user.getByText('Password changed. Your other sessions have ended.')).toBeVisible();
  await other.goto('/persons');
  await expect(other).toHaveURL(/\/login$/);
  await user.goto('/persons');
  await expect(user.getByTestId('current-user')).toContainText(name);

  // The administrator sees the user activated with a second factor.
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Activated');
  await expect(row).toContainText('Enrolled');
  await user.context().close();
  await other.context().close();
});
