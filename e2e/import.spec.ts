import { test, expect, signIn } from './fixtures';

// The registry import (docs/import.md): an administrator checks the documented sample file,
// imports it, and sees a bad file's rows listed with their reasons.

test('an administrator checks and imports the sample registry file', async ({ page }) => {
  await signIn(page, 'admin@demo.kz');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Import registry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import registry' })).toBeVisible();

  // A file with a bad row: the check lists it by row and column and writes nothing.
  const header = 'iin,last_name,first_name,birth_date,sex,district_code,locality,street,building,article_code,court_code,verdict_date,sentence_end,legal_basis_code,ruling_number,ruling_date,order_start,order_end';
  const bad = `${header}\n780314399018,Test,Row,1978-03-14,M,astana-yesil,Astana,Abay,1,121-3,court-astana-yesil,2012-05-10,2021-05-09,pec-171,1,2021-04-20,2021-05-10,2029-05-09\n`;
  await page.getByLabel('CSV file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: 'Check (dry run)' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'bad.csv: 1 row of 1 cannot be imported' })).toBeVisible();
  const errors = page.getByRole('table', { name: 'Rows that cannot be imported' });
  await expect(errors.getByRole('row').nth(1)).toContainText('2');
  await expect(errors.getByRole('row').nth(1)).toContainText('iin');
  await expect(errors.getByRole('row').nth(1)).toContainText('The check digit is wrong');

  await page.getByLabel('CSV file').setInputFiles('docs/import-sample.csv');
  await page.getByRole('button', { name: 'Check (dry run)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'import-sample.csv: all 4 rows are valid' })).toBeVisible();

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Import import-sample.csv?' });
  await expect(confirm).toContainText('4 rows, all valid');
  await confirm.getByRole('button', { name: 'Yes, import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'import-sample.csv: imported 4 rows' })).toBeVisible();
  await expect(page.getByTestId('flash')).toHaveText('Import recorded: 4 persons from import-sample.csv');
  for (const kind of ['persons', 'addresses', 'convictions', 'orders']) await expect(page.getByTestId(`count-${kind}`)).toHaveText('4');

  // Importing the same file again changes nothing: every IIN is now registered.
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('dialog', { name: 'Import import-sample.csv?' }).getByRole('button', { name: 'Yes, import' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported: 4 rows have errors' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Rows that cannot be imported' })).toContainText('A person with this IIN is already registered.');
});
