import type { Page } from '@playwright/test';
import { test, expect, signIn, expectAccessible, switchTo, endorseAndFile } from './fixtures';
import { addCalendarDays, kzToday } from '../lib/time/today';

// Issue 12: the clerk's queue by urgency with a hearing time and courtroom, and a readable audit trail.

/** Police draft on an order ending soon, a supervisor endorses, police file: the clerk's own petition. */
async function filedPetition(page: Page) {
  await signIn(page, 'police@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto('/expiring?within=90');
  await page.locator('[data-testid="expiring-order"]:not([data-days-left^="-"])').first().getByRole('link').click();
  await page.getByRole('button', { name: 'Draft extension petition' }).click();
  const heading = page.getByRole('heading', { name: /^Extension petition:/ });
  await expect(heading).toBeVisible();
  const url = page.url();
  const name = (await heading.innerText()).replace('Extension petition: ', '').trim();
  await page.getByLabel('Repeated violations of supervision').check();
  await page.getByLabel('Grounds').fill('Two missed check-ins this year.');
  await page.getByLabel('Requested term, years').fill('2');
  await expect(page.getByTestId('draft-state')).toHaveText('Saved', { timeout: 15_000 });
  await endorseAndFile(page, url);
  return { url, name };
}

test('a clerk sees the queue by urgency, sets a hearing with a time and courtroom, and moves it only with a reason', async ({ page }) => {
  const { url, name } = await filedPetition(page);
  await switchTo(page, 'clerk@demo.kz');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Court queue' }).click();
  const rows = page.getByTestId('petition-row');
  await expect(rows.filter({ hasText: name })).toBeVisible();
  // Most urgent first: days left never decrease down the list (lifelong orders, without days, last).
  const left = await page.getByTestId('days-left').evaluateAll((els) => els.map((e) => e.getAttribute('data-days-left')));
  const days = left.filter((d) => d !== '').map(Number);
  expect(days.length).toBeGreaterThan(0);
  expect([...days].sort((a, b) => a - b)).toEqual(days);
  expect(left.slice(days.length).every((d) => d === '')).toBe(true);
  await expect(rows.filter({ hasText: name }).getByTestId('days-left')).toHaveText(/Order ends .+ · (\d+ days? left|ends today)/);
  // Only what reaches a court is offered.
  const statuses = await page.getByRole('combobox', { name: 'Status', exact: true }).locator('option').allInnerTexts();
  expect(statuses).toEqual(['Any status', 'Filed', 'Hearing set', 'Granted', 'Denied']);
  await expectAccessible(page);

  await page.goto(url);
  const day = addCalendarDays(kzToday(), 8).toISOString().slice(0, 10);
  await page.getByRole('button', { name: 'Set hearing date' }).click();
  await page.getByLabel('Hearing date').fill(day);
  await page.getByLabel('Time', { exact: true }).fill('14:30');
  await page.getByLabel('Courtroom').fill('5A');
  await page.getByRole('button', { name: 'Set hearing date' }).click();
  await expect(page.getByTestId('petition-status')).toHaveText('Hearing set');
  await expect(page.getByTestId('hearing-when')).toContainText('14:30');
  await expect(page.getByTestId('hearing-when')).toContainText('courtroom 5A');

  await page.getByRole('button', { name: 'Reschedule hearing' }).click();
  await page.getByLabel('Time', { exact: true }).fill('09:15');
  await page.getByRole('button', { name: 'Reschedule hearing' }).click();
  await expect(page.getByLabel('Reason for the change')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#hearing-reschedule-reason-error')).toHaveText('Required.');
  await page.getByLabel('Reason for the change').fill('The judge is on leave');
  await page.getByRole('button', { name: 'Reschedule hearing' }).click();
  await expect(page.getByTestId('hearing-when')).toContainText('09:15');
  await expect(page.getByTestId('hearing-history')).toContainText('The judge is on leave');
  await expect(page.getByTestId('hearing-history')).toContainText('14:30');

  await page.goto('/petitions');
  await expect(rows.filter({ hasText: name })).toContainText('courtroom 5A');
  await expect(rows.filter({ hasText: name })).toContainText('09:15');
});

test('the audit trail filtered by a person shows the person by name and the action in words', async ({ page }) => {
  await signIn(page, 'supervisor@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto('/persons');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/persons\/[^/?]+$/);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  const name = (await heading.innerText()).replace(/\s+/g, ' ').trim();
  const lastName = name.split(' ')[0]!;

  await page.goto('/audit');
  await page.getByRole('textbox', { name: 'Person', exact: true }).fill(name);
  await page.getByRole('combobox', { name: 'Action', exact: true }).selectOption({ label: "Viewed a person's record" });
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  await expect(page).toHaveURL(/person=/);
  await expect(page.getByTestId('audit-persons')).toContainText(lastName);
  const rows = page.getByTestId('audit-row');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    await expect(row).toContainText("Viewed a person's record");
    await expect(row.getByRole('link', { name, exact: true })).toBeVisible();
  }
  // The link on a row narrows the trail to that person.
  await rows
    .first()
    .getByRole('link', { name: `Show only events about ${name}` })
    .click();
  await expect(page).toHaveURL(/personId=/);
  await expect(rows.first()).toContainText(name);
  await expectAccessible(page);

  // A reversed date range is said, not silently applied.
  await page.goto('/audit?from=2026-12-10&to=2026-12-01');
  await expect(page.getByRole('alert').filter({ hasText: '"From" must not be after "To"' })).toBeVisible();

  // On a phone the table scrolls inside its own card.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`/audit?person=${encodeURIComponent(lastName)}`);
  const region = page.getByRole('region', { name: 'Audit events' });
  await expect(region).toBeVisible();
  const box = await region.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  expect(await region.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
});
