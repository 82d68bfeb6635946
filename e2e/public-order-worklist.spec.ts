import { test, expect, signIn, switchTo, expectAccessible } from './fixtures';

// Issue 14 (docs/decisions/034-public-order-worklist-figures.md): the notice worklist's section on
// repeated public-order incidents, for police and supervisors only, and the dashboard's
// public-order warnings counted apart with their methodology.

test('police see the repeated public-order incidents with the threshold stated, officers do not, and the supervisor dashboard counts public-order warnings apart', async ({
  page,
}) => {
  await signIn(page, 'police@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto('/warnings');
  const section = page.getByTestId('public-order-worklist');
  await expect(section.getByRole('heading', { name: 'Repeated public-order incidents' })).toBeVisible();
  await expect(page.getByTestId('public-order-worklist-criteria')).toContainText(/^3 or more incidents in 12 months \(since .+\), no signed warning$/);
  // The list or its empty state, whatever the demo data holds.
  await expect(
    section.getByRole('table', { name: 'Persons with repeated public-order incidents' }).or(section.getByText(/has reached the threshold/)),
  ).toBeVisible();
  await expectAccessible(page, '/warnings (police)');

  await switchTo(page, 'officer@demo.kz');
  await page.goto('/warnings');
  await expect(page.getByRole('heading', { name: 'Lifelong-restrictions notices' })).toBeVisible();
  await expect(page.getByTestId('public-order-worklist')).toHaveCount(0);

  await switchTo(page, 'supervisor@demo.kz');
  await page.goto('/warnings');
  await expect(page.getByTestId('public-order-worklist-criteria')).toBeVisible();
  await page.goto('/dashboard');
  const figure = page.getByTestId('figure-public-order-warnings');
  await expect(figure.getByRole('heading', { name: 'Public-order warnings' })).toBeVisible();
  const table = figure.getByRole('table', { name: 'Public-order warnings issued in the period' });
  await expect(table.getByRole('columnheader', { name: 'Persons outside supervision' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Persons under supervision' })).toBeVisible();
  await expect(figure.getByTestId('public-order-methodology')).toContainText('the officer filter applies only to persons under supervision');
  await expectAccessible(page, '/dashboard (supervisor)');
  // The region's records are one link away (supervisors have no navigation link for them).
  await figure.getByRole('link', { name: 'All public-order records of the region' }).click();
  await expect(page.getByRole('heading', { name: 'Public-order records' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Register', exact: true })).toHaveCount(0);
});
