import { test, expect, signIn, expectAccessible } from './fixtures';
import { buildIin } from '../lib/iin/iin';

// The registry import (docs/import.md): an administrator checks the documented sample file,
// imports it, and sees a bad file's rows listed with their reasons.

test('an administrator checks and imports the sample registry file', async ({ page }) => {
  await signIn(page, 'admin@demo.kz');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Import registry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import registry' })).toBeVisible();

  // A file with a bad row: the check lists it by row and column and writes nothing.
  const header =
    'iin,last_name,first_name,birth_date,sex,district_code,locality,street,building,article_code,court_code,verdict_date,sentence_end,legal_basis_code,ruling_number,ruling_date,order_start,order_end';
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
  // Registered IINs lie outside an administrator's scope: a message that confirms nothing (issue 10).
  const rowsTable = page.getByRole('table', { name: 'Rows that cannot be imported' });
  await expect(rowsTable).toContainText('Row not imported: passed to the supervisor of district');
  await expect(rowsTable).not.toContainText('already registered');
});

// Issue 9: imported persons land in review. They are not in the public registry until a
// supervisor reviews them in bulk and assigns an officer of their district.
test('a supervisor reviews imported persons in bulk: assigned and published only then', async ({ page }) => {
  // Unique IINs and name from a logged seed (set E2E_SEED to replay a run).
  const seed = Number(process.env.E2E_SEED ?? Date.now() % 1_000_000);
  console.log(`import review seed: ${seed}`);
  let serial = seed % 10_000;
  const iin = () => {
    for (;;) {
      const value = buildIin(new Date('1976-03-22T00:00:00Z'), 'MALE', serial++);
      if (value) return value;
    }
  };
  // A district of its own (Baikonyr, Astana): the persons land on that district's officer, never on
  // officer@demo.kz's caseload, which the officers' journeys walk by position.
  const lastName = `Obzorov${seed}`;
  const header =
    'iin,last_name,first_name,birth_date,sex,district_code,locality,street,building,article_code,court_code,verdict_date,sentence_end,legal_basis_code,ruling_number,ruling_date,order_start,order_end';
  const firstNames = ['Arman', 'Bolat', 'Daulet'];
  const rows = firstNames.map(
    (first, i) =>
      `${iin()},${lastName},${first},1976-03-22,M,astana-baikonyr,Astana,Abay,${i + 1},121-3,court-astana-baikonyr,2012-05-10,2021-05-09,pec-171,2-${i}/2021,2021-04-20,2021-05-10,2035-05-09`,
  );

  await signIn(page, 'admin@demo.kz');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Import registry' }).click();
  await page.getByLabel('CSV file').setInputFiles({ name: 'review.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${rows.join('\n')}\n`) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Import review.csv?' });
  await expect(confirm).toContainText("await a supervisor's review");
  await confirm.getByRole('button', { name: 'Yes, import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'review.csv: imported 3 rows' })).toBeVisible();

  // Not public yet.
  await page.goto(`/registry?q=${lastName}`);
  await expect(page.getByTestId('registry-count')).toHaveText('No persons found');

  await page.goto('/admin/import');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, 'supervisor@demo.kz');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  // (The link's count is cached for 30 s per user, components/layout/nav-count.tsx: another test
  // may have shown this supervisor a count before the import, so the count is not asserted here.)
  await nav.getByRole('link', { name: /Review imports/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Imported persons awaiting review' })).toBeVisible();

  const list = page.getByRole('table', { name: 'Persons awaiting review' });
  await expect(list).toBeVisible();
  await expectAccessible(page);
  for (const first of firstNames) await list.getByRole('checkbox', { name: `Select ${lastName} ${first}` }).check();
  await page.getByLabel("Officer of the persons' district").selectOption({ label: 'Officer Baikonyr district' });
  await page.getByRole('button', { name: 'Review and assign 3 persons' }).click();
  const review = page.getByRole('dialog', {
    name: /Assign 3 persons to officer Officer Baikonyr district and publish them in the public registry where the registry rule allows\?/,
  });
  await expect(review.getByRole('heading')).toBeFocused();
  await review.getByRole('button', { name: 'Yes, assign and publish' }).click();
  await expect(page.getByTestId('flash')).toHaveText('Reviewed and assigned to Officer Baikonyr district: 3 persons.');
  await expect(page.getByRole('row').filter({ hasText: lastName })).toHaveCount(0);

  // Now public, and on the officer's caseload.
  await page.goto(`/registry?q=${lastName}`);
  await expect(page.getByTestId('registry-count')).toHaveText('3 persons found');
  await page.goto(`/caseload?q=${lastName}`);
  await expect(page.getByTestId('caseload-row').filter({ hasText: 'Officer Baikonyr district' })).toHaveCount(3);
});
