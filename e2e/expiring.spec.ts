import { test, expect, signIn } from './fixtures';

test('police see the orders of their district ending within 90 days, most urgent first, and the count in the navigation', async ({ page }) => {
  await signIn(page, 'police@demo.kz');
  const link = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: /Orders ending/ });
  await expect(link).toHaveText(/^Orders ending\d+$/);
  await link.click();
  await page.getByRole('link', { name: 'Within 90 days' }).click();
  await expect(page.getByRole('link', { name: 'Within 90 days' })).toHaveAttribute('aria-current', 'page');
  const orders = page.getByTestId('expiring-order');
  await expect(orders.first()).toBeVisible();
  const left = await orders.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-days-left'))));
  expect(left.length).toBeGreaterThan(0);
  expect(Math.max(...left)).toBeLessThanOrEqual(90);
  // Sorted by urgency: days left never decrease down the list.
  expect([...left].sort((a, b) => a - b)).toEqual(left);
});
