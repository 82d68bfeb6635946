import { test, expect, expectAccessible, signIn } from './fixtures';

// Risk oversight (docs/decisions/029-risk-oversight.md). Written against structure and against
// figures that must agree with each other (bands + "not assessed" = persons under supervision),
// so it holds whether or not the demo data carries assessments.

const count = (text: string) => Number(text.replace(/\D/g, ''));

test('a supervisor sees the band distribution on the dashboard, follows it to the caseload, and opens the risk list', async ({ page }) => {
  await signIn(page, 'supervisor@demo.kz');
  await expect(page.getByRole('heading', { name: /^Supervision in/ })).toBeVisible();

  const bands = page.getByTestId('figure-risk-bands');
  await expect(bands.getByRole('heading', { name: 'Current risk bands' })).toBeVisible();
  // A real chart (recharts draws SVG on the client) above a table of the same figures.
  await expect(bands.locator('svg.recharts-surface').first()).toBeVisible();
  const rows = bands.getByTestId('risk-band-count');
  await expect(rows.last()).toHaveAttribute('data-band', 'none');
  await expect(rows.last().getByRole('rowheader')).toHaveText('Not assessed');
  const counts = (await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-count'))))) as number[];
  expect(counts.length).toBeGreaterThan(1);
  // Every supervised person is in exactly one band or not assessed.
  const persons = count(await page.getByTestId('figure-persons').innerText());
  expect(counts.reduce((sum, n) => sum + n, 0)).toBe(persons);

  const due = page.getByTestId('figure-risk-due');
  await expect(due.getByTestId('risk-methodology')).toContainText('latest countersigned assessment');
  await expect(due.getByTestId('risk-methodology')).toContainText("one input to the court's judgement");
  await expect(due.getByTestId('risk-overdue').getByRole('link')).toHaveAttribute('href', /\/risk\?.*overdue=1/);
  await expect(due.getByTestId('risk-awaiting').getByRole('link')).toHaveAttribute('href', /\/risk\?.*status=SUBMITTED/);

  // "Not assessed" leads to the caseload filtered to those persons, with the same number.
  const notAssessed = counts[counts.length - 1];
  await rows.last().getByRole('link').click();
  await expect(page).toHaveURL(/\/caseload\?.*band=none/);
  await expect(page.getByRole('columnheader', { name: 'Risk band' })).toBeVisible();
  if (notAssessed > 0) await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText(`${notAssessed} in all`);

  // The risk list from the navigation: its filters, and a table or the empty state.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Risk assessments' }).click();
  await expect(page).toHaveURL(/\/risk$/);
  await expect(page.getByRole('heading', { name: 'Risk assessments', level: 1 })).toBeVisible();
  const filters = page.getByRole('search', { name: 'Filter assessments' });
  await filters.getByLabel('Status').selectOption({ label: 'Awaiting countersignature' });
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/status=SUBMITTED/);
  const listed = page.getByTestId('risk-row');
  await expect(listed.or(page.getByText('No assessments match these filters.')).first()).toBeVisible();
  for (const status of await listed.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')))) expect(status).toBe('SUBMITTED');
  await expectAccessible(page, '/risk');
});

test('an officer sees the band column and filter on the caseload and the risk section of a person', async ({ page }) => {
  await signIn(page, 'officer@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto('/caseload');
  const filters = page.getByRole('search');
  await filters.getByRole('combobox', { name: /^Risk band/ }).selectOption({ label: 'Not assessed' });
  await filters.getByRole('combobox', { name: /^Sort by/ }).selectOption({ label: 'Risk band (highest first)' });
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/band=none/);
  const row = page.getByTestId('caseload-row').first();
  await expect(row).toBeVisible();
  await row.getByRole('link').first().click();
  const risk = page.getByTestId('risk-section');
  await expect(risk.getByRole('heading', { name: 'Risk assessment' })).toBeVisible();
  await expect(risk.getByTestId('risk-current')).toHaveText('Not assessed yet: no countersigned assessment.');
  await expect(risk.getByRole('link', { name: 'Start or continue assessment' })).toHaveAttribute('href', /\/persons\/[^/]+\/risk\/new$/);
});
