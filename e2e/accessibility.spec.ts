import { test, expect, signIn, expectAccessible } from './fixtures';

// Serious and critical WCAG 2.1 A/AA violations fail the build on the main screens.
test('sign-in page is accessible', async ({ page }) => {
  await page.goto('/login');
  await expectAccessible(page);
});

test('police screens are accessible', async ({ page }) => {
  await signIn(page, 'police@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Supervision orders' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/persons/new');
  await expect(page.getByRole('heading', { name: 'Register a person' })).toBeVisible();
  await expectAccessible(page);
});

test('administration screens are accessible', async ({ page }) => {
  await signIn(page, 'admin@demo.kz');
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/admin/reference?kind=court');
  await expectAccessible(page);
  await page.goto('/audit');
  await expectAccessible(page);
});

test('officer screens are accessible', async ({ page }) => {
  await signIn(page, 'officer@demo.kz');
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  await expectAccessible(page);
  for (const path of ['/caseload', '/agenda']) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'My caseload' }).click();
  await page.getByRole('table', { name: 'Persons in the caseload' }).getByRole('link').first().click();
  await page.getByRole('link', { name: 'Record check-in' }).click();
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeVisible();
  await expectAccessible(page);
  // Saved without an outcome: the error is tied to the outcome group.
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.locator('#outcome-error')).not.toBeEmpty();
  await expectAccessible(page);
});

test('supervisor screens are accessible', async ({ page }) => {
  await signIn(page, 'supervisor@demo.kz');
  await expect(page.getByRole('heading', { name: /^Supervision in/ })).toBeVisible();
  await expectAccessible(page);
  // The reassignment page last: its confirmation step is checked next.
  for (const path of ['/warnings', '/persons/review', '/caseload/reassign']) {
    await page.goto(path);
    await expectAccessible(page);
  }
  // A confirmation step, open: labelled by its heading, which has the focus.
  await page.getByLabel('Persons of').selectOption({ label: 'Yerlan Officerov' });
  await page.getByRole('button', { name: 'Show' }).click();
  await page.getByRole('list', { name: 'Persons to move' }).getByRole('checkbox').first().check();
  await page.getByLabel('Move to officer').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Move 1 person' }).click();
  const dialog = page.getByRole('dialog', { name: /^Move 1 person to / });
  await expect(dialog.getByRole('heading')).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Move 1 person' })).toBeFocused();
});
