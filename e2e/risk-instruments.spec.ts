import { test, expect, signIn, expectAccessible } from './fixtures';

// An administrator changes the risk instrument without code: a new version, made active, with the
// old one kept as it was (docs/decisions/024-risk-instruments.md). Dynamic factors are reference data.

test('an administrator creates version 2 of the risk instrument with one answer rescored', async ({ page }) => {
  // A long journey over large pages (the whole instrument is one form).
  test.setTimeout(180_000);
  await signIn(page, 'admin@demo.kz');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Risk instruments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Risk instruments' })).toBeVisible();
  const v1 = page.getByTestId('instrument-version-STATIC99R-1');
  await expect(v1).toContainText('Active');
  await expectAccessible(page, 'instrument list');

  await v1.getByRole('link', { name: 'Open version 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'STATIC99R, version 1' })).toBeVisible();
  await expect(page.getByText(/versions are never edited or deleted/)).toBeVisible();
  await expect(page.getByTestId('points-PRIOR_SEX_OFFENCES-CHARGES_6_OR_CONVICTIONS_4')).toHaveText('3');

  await page.getByRole('link', { name: 'New version' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New version of STATIC99R' })).toBeVisible();
  await expectAccessible(page, 'new version form');

  // A gap between two bands is refused next to the band, and nothing is created.
  const bandIIStart = page.locator('#bands-1-min');
  await bandIIStart.fill('0');
  await page.getByRole('button', { name: 'Create version 2' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create version 2 of STATIC99R?' });
  await expect(dialog.getByRole('heading')).toBeFocused();
  await dialog.getByRole('button', { name: 'Create and make active' }).click();
  await expect(page.locator('#bands-1-min-error')).toHaveText(/Gap after band I: this band should start at -1/);
  await expect(bandIIStart).toHaveAttribute('aria-invalid', 'true');

  // Fixed, and one answer's points changed: version 2 is created and active.
  await bandIIStart.fill('-1');
  const points = page.locator('#items-4-answers-3-points');
  await expect(points).toHaveValue('3');
  await points.fill('2');
  await page.getByRole('button', { name: 'Create version 2' }).click();
  await page.getByRole('dialog', { name: 'Create version 2 of STATIC99R?' }).getByRole('button', { name: 'Create and make active' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'STATIC99R, version 2' })).toBeVisible();
  await expect(page.getByTestId('points-PRIOR_SEX_OFFENCES-CHARGES_6_OR_CONVICTIONS_4')).toHaveText('2');

  await page.getByRole('link', { name: 'All instruments' }).click();
  await expect(page.getByTestId('instrument-version-STATIC99R-2')).toContainText('Active');
  await expect(page.getByTestId('instrument-version-STATIC99R-1')).toContainText('Previous');

  // The dynamic factors are a reference table: listed and added like any other.
  await page.goto('/admin/reference?kind=riskDynamicFactor');
  await expect(page.getByRole('cell', { name: 'Hostility', exact: true })).toBeVisible();
  await page.getByText('Add an entry').click();
  await page.getByLabel('Code').fill('ISOLATION');
  await page.getByLabel('Title (English)').fill('Social isolation');
  await page.getByLabel('Title (Russian)').fill('Социальная изоляция');
  await page.getByLabel('Title (Kazakh)').fill('Әлеуметтік оқшаулану');
  await page.getByLabel('Order').fill('80');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('cell', { name: 'Social isolation', exact: true })).toBeVisible();
});
