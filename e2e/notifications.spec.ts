import type { Page } from '@playwright/test';
import { test, expect, signIn, expectAccessible, switchTo } from './fixtures';

// Issue 12: hand-offs are told. A police draft tells the region's supervisor; the supervisor's
// endorsement tells the drafter. Notifications are found by the petition they point at, never by
// counts of demo data.

const notificationFor = (page: Page, path: string) => page.locator(`[data-testid="notification"][data-link="${path}"]`);

test('a police draft notifies the supervisor, whose endorsement notifies the police; the list is accessible', async ({ page }) => {
  await signIn(page, 'police@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto('/expiring?within=90');
  await page.locator('[data-testid="expiring-order"]:not([data-days-left^="-"])').first().getByRole('link').click();
  await page.getByRole('button', { name: 'Draft extension petition' }).click();
  await expect(page.getByRole('heading', { name: /^Extension petition:/ })).toBeVisible();
  const petitionPath = new URL(page.url()).pathname;
  await page.getByLabel('Repeated violations of supervision').check();
  await page.getByLabel('Grounds').fill('Two missed check-ins this year.');
  await page.getByLabel('Requested term, years').fill('3');
  await expect(page.getByTestId('draft-state')).toHaveText('Saved', { timeout: 15_000 });

  // The supervisor's bell counts it; the list shows it unread, and opening it goes to the petition.
  await switchTo(page, 'supervisor@demo.kz');
  await expect(page.getByTestId('notification-count')).toBeVisible();
  await page.getByTestId('notification-bell').click();
  await expect(page).toHaveURL(/\/notifications$/);
  const awaiting = notificationFor(page, petitionPath);
  await expect(awaiting).toContainText('A draft petition awaits your endorsement');
  await expect(awaiting).toHaveAttribute('data-unread', 'true');
  await expectAccessible(page);

  await awaiting.getByRole('button', { name: 'Open' }).click();
  await expect(page).toHaveURL(new RegExp(`${petitionPath}$`));
  await page.getByRole('button', { name: 'Endorse' }).click();
  const dialog = page.getByRole('dialog', { name: 'Endorse this petition?' });
  await dialog.getByRole('button', { name: 'Endorse' }).click();
  await expect(page.getByTestId('petition-status')).toHaveText('Endorsed');
  await page.goto('/notifications');
  await expect(notificationFor(page, petitionPath)).toHaveAttribute('data-unread', 'false');

  // The drafter is told it is endorsed; "mark all read" clears the bell's count of it.
  await switchTo(page, 'police@demo.kz');
  await page.goto('/notifications');
  const endorsed = notificationFor(page, petitionPath);
  await expect(endorsed).toContainText('Your draft petition was endorsed and can be filed with the court');
  await expect(endorsed).toHaveAttribute('data-unread', 'true');
  await page.getByRole('button', { name: 'Mark all read' }).click();
  await expect(endorsed).toHaveAttribute('data-unread', 'false');
  await expect(page.getByTestId('notification-count')).toHaveCount(0);
});
