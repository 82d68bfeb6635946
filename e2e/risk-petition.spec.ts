import { test, expect, signIn, switchTo, expectAccessible } from './fixtures';
import { STATIC99R_CAVEAT, STATIC99R_TITLE } from '../lib/risk/static99r';

// Issue 13, petitions part (docs/decisions/028-risk-in-petitions.md): a police draft carries the
// person's countersigned risk assessment, shown from the petition's frozen snapshot.
//
// The person is found without leaning on the expiry worklist, which the other petition specs use
// up: officer@demo.kz's countersigned assessments (/risk, newest first; the demo seed has many,
// prisma/seed/risk-demo.ts) name persons of police@demo.kz's district; police open each until one
// has a non-lifelong order whose pending petition, if any, is still a draft.

test('police draft a petition for a person with a countersigned assessment: the page shows it, and a lifelong request needs no reason', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'officer@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto('/risk?status=COUNTERSIGNED');
  const links = page.locator('table a[href^="/persons/"]');
  await expect(links.first()).toBeVisible();
  const hrefs = [...new Set(await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')!)))];

  await switchTo(page, 'police@demo.kz');
  let drafted = false;
  for (const href of hrefs) {
    await page.goto(href);
    const draft = page.getByRole('button', { name: 'Draft extension petition' });
    if ((await draft.count()) === 0) continue; // no active order, or a lifelong one
    await draft.click();
    await expect(page.getByRole('heading', { name: /^Extension petition:/ })).toBeVisible();
    if ((await page.getByTestId('petition-status').innerText()).trim() !== 'Draft') continue; // endorsed or filed by another spec
    drafted = true;
    break;
  }
  expect(drafted, 'a person with a countersigned assessment and no petition past drafting').toBe(true);
  const petitionUrl = page.url();

  const risk = page.getByTestId('petition-risk');
  await expect(risk.getByRole('heading', { name: 'Risk assessment' })).toBeVisible();
  await expect(risk).toContainText(new RegExp(`${STATIC99R_TITLE.en.replace(/[()]/g, '\\$&')}, version \\d+`));
  await expect(risk.getByTestId('risk-score')).toHaveText(/^-?\d+$/);
  await expect(risk.getByTestId('risk-band')).not.toBeEmpty();
  await expect(risk.getByRole('cell', { name: 'Age at release from the index sentence' })).toBeVisible();
  await expect(risk.getByTestId('risk-caveat')).toHaveText(STATIC99R_CAVEAT.en);
  await expect(page.getByTestId('draft-risk-note')).toContainText('Risk assessment the petition rests on:');

  // A recent assessment grounds a lifelong request: no reason is asked, and the draft saves.
  await page.getByLabel('Grounds').fill('Repeated curfew breaches; the assessment places him in the highest group.');
  await page.getByLabel('Request lifelong supervision').check();
  await expect(page.getByLabel('Why there is no risk assessment countersigned in the last 12 months')).toHaveCount(0);
  await expect(page.getByTestId('draft-state')).not.toHaveText('Saved');
  await expect(page.getByTestId('draft-state')).toHaveText('Saved', { timeout: 15_000 });
  await expectAccessible(page, 'petition with risk assessment');

  // The supervisor reads the same section.
  await switchTo(page, 'supervisor@demo.kz');
  await page.goto(petitionUrl);
  await expect(page.getByTestId('petition-risk').getByTestId('risk-caveat')).toHaveText(STATIC99R_CAVEAT.en);
});
