import type { Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';

async function figure(page: Page, testId: string) {
  return Number((await page.getByTestId(testId).innerText()).replace(/\D/g, ''));
}

test('a supervisor filters the dashboard to one district, follows a figure to its list, and reassigns a person', async ({ page }) => {
  await signIn(page, 'supervisor@demo.kz');
  await expect(page.getByRole('heading', { name: /^Supervision in/ })).toBeVisible();
  // Real charts: recharts draws SVG on the client.
  await expect(
    page.getByTestId('figure-check-ins').locator('svg.recharts-surface[role="application"], svg.recharts-surface:not([aria-label])').first(),
  ).toBeVisible();
  const regionPersons = await figure(page, 'figure-persons');

  const filters = page.getByRole('form', { name: 'Dashboard filters' });
  await filters.getByLabel('District').selectOption({ label: 'Yesil district' });
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/districtId=/);
  const districtPersons = await figure(page, 'figure-persons');
  expect(districtPersons).toBeGreaterThan(0);
  expect(districtPersons).toBeLessThan(regionPersons);

  // The figure is a link to the list behind it, and the list has the same number of persons.
  await page.getByTestId('figure-persons').click();
  await expect(page).toHaveURL(/\/caseload\?districtId=/);
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText(`${districtPersons} in all`);

  // A monthly figure leads to its check-ins.
  await page.goBack();
  await page.getByTestId('figure-check-ins').getByRole('table').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/dashboard\/check-ins\?.*month=/);
  await expect(page.getByRole('heading', { name: /^Check-ins/ })).toBeVisible();

  // Reassign one of Yerlan Officerov's persons to another officer of the region.
  await page.goto('/caseload/reassign');
  await page.getByLabel('Persons of').selectOption({ label: 'Yerlan Officerov' });
  await page.getByRole('button', { name: 'Show' }).click();
  const list = page.getByRole('list', { name: 'Persons to move' });
  const first = list.getByRole('checkbox').first();
  const name = (await list.locator('li').first().locator('span').first().innerText()).trim();
  await first.check();
  await page.getByLabel('Move to officer').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Move 1 person' }).click();
  // Reason missing: refused next to the field, nothing moved.
  await page.getByRole('button', { name: 'Yes, move' }).click();
  await expect(page.getByText('Give a reason of at least 10 characters.')).toBeVisible();
  await page.getByLabel('Reason').fill('Officer Officerov is on leave until January.');
  await page.getByRole('button', { name: 'Move 1 person' }).click();
  const confirm = page.getByRole('dialog', { name: /^Move 1 person to / });
  await expect(confirm).toContainText(name);
  await expect(confirm).toContainText('Officer Officerov is on leave until January.');
  await confirm.getByRole('button', { name: 'Yes, move' }).click();
  await expect(page.getByTestId('flash')).toContainText('1 person moved');
  await expect(list.getByText(name, { exact: true })).toHaveCount(0);
});

test('police issue a warning, download its PDF and record a refusal with a witness', async ({ page }) => {
  await signIn(page, 'police@demo.kz');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: /^Warnings/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Lifelong-restrictions notices' })).toBeVisible();
  const before = Number((await page.getByTestId('notice-worklist-count').innerText()).replace(/\D/g, ''));
  expect(before).toBeGreaterThan(0);
  // Someone with no notice issued yet.
  const row = page.getByRole('table', { name: 'Persons without a signed notice' }).getByRole('row').filter({ hasText: 'Not issued' }).first();
  await row.getByRole('link').click();

  const section = page.getByTestId('warnings');
  await section.getByLabel('Type').selectOption({ label: 'Notice of lifelong restrictions' });
  await section.getByLabel('Document language').selectOption({ label: 'Kazakh' });
  await section.getByRole('button', { name: 'Issue warning' }).click();
  await section.getByRole('button', { name: 'Yes, issue' }).click();
  await expect(section.getByRole('status')).toContainText('The warning was issued');
  const warning = section.getByTestId('warning').first();
  await expect(warning.getByTestId('warning-outcome')).toHaveText('Awaiting signature');

  const href = await warning.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
  const pdf = await page.request.get(href!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // No outcome is chosen for the officer.
  await expect(warning.getByLabel('Signed by the person')).not.toBeChecked();
  await expect(warning.getByLabel('Refused to sign (witnessed)')).not.toBeChecked();
  await warning.getByLabel('Refused to sign (witnessed)').check();
  await warning.getByRole('button', { name: 'Record outcome' }).click();
  await expect(warning.getByText('Name the witness of the refusal.')).toBeVisible();
  await warning.getByLabel('Witness (full name and position)').fill('Capt. B. Seitkali, duty officer');
  await warning.getByRole('button', { name: 'Record outcome' }).click();
  const confirm = warning.getByRole('dialog', { name: 'Record this outcome?' });
  await expect(confirm).toContainText('The person refused to sign on');
  await expect(confirm).toContainText('witnessed by Capt. B. Seitkali, duty officer.');
  await confirm.getByRole('button', { name: 'Record outcome' }).click();
  await expect(warning.getByTestId('warning-outcome')).toContainText('witnessed by Capt. B. Seitkali, duty officer');
  await expect(page.getByTestId('flash')).toContainText('Warning outcome recorded: refused on');

  // The timeline shows the warning and the refusal.
  await page.goto(`${page.url()}/timeline?kind=warnings`);
  await expect(page.getByText(/Notice of lifelong restrictions refused, witnessed by Capt\. B\. Seitkali/)).toBeVisible();
});
