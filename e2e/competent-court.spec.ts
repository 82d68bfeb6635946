import { test, expect, signIn } from './fixtures';

// Issue 9: the draft names the competent court (the district court of the registered address)
// and asks why when police choose another one. Uses the last order of the expiry worklist, so the
// petition journey (e2e/petitions.spec.ts, the first order) is left alone.

test('police see the competent court and must say why they choose another', async ({ page }) => {
  await signIn(page, 'police@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto('/expiring?within=180');
  await page.getByTestId('expiring-order').last().getByRole('link').click();
  await page.getByRole('button', { name: 'Draft extension petition' }).click();
  await expect(page.getByRole('heading', { name: /^Extension petition:/ })).toBeVisible();

  const court = page.getByLabel('Court', { exact: true });
  await expect(court.locator('option:checked')).toHaveText(/\(competent\)$/);
  await expect(page.getByTestId('competent-court')).toContainText('the district court of the registered address');
  const reason = page.getByLabel('Why this court and not the competent one');
  await expect(reason).toHaveCount(0);

  // Another court without a reason is refused by the server, by the field.
  await court.selectOption({ index: 1 });
  await expect(reason).toBeVisible();
  await page.getByRole('button', { name: 'Save now' }).click();
  await expect(page.getByText('This is not the competent court')).toBeVisible();
  await reason.fill("The victim lives in this court's district.");
  await expect(page.getByTestId('draft-state')).toHaveText('Saved', { timeout: 15_000 });
  await page.reload();
  await expect(page.getByLabel('Why this court and not the competent one')).toHaveValue("The victim lives in this court's district.");

  // Back to the competent court: no reason asked any more.
  await page.getByLabel('Court', { exact: true }).selectOption({ index: 0 });
  await expect(page.getByLabel('Why this court and not the competent one')).toHaveCount(0);
  await expect(page.getByTestId('draft-state')).toHaveText('Saved', { timeout: 15_000 });
});
