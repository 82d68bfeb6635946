import { test, expect, signIn, switchTo, expectAccessible } from './fixtures';
import { STATIC99R_CAVEAT, STATIC99R_TITLE } from '../lib/risk/static99r';

// Issue 13, petitions part (docs/decisions/028-risk-in-petitions.md): a police draft carries the
// person's countersigned risk assessment, shown from the petition's frozen snapshot.
//
// Demo data it needs: the persons of police@demo.kz's district whose order ends within 90 days
// (the expiry worklist), all but the soonest, have a Static-99R assessment countersigned within the
// last 12 months (prisma/seed/risk-demo.ts). This spec takes the second running order of that
// worklist, which no other spec drafts on.

test('police draft a petition for a person with a countersigned assessment: the page shows it, and a lifelong request needs no reason', async ({ page }) => {
  await signIn(page, 'police@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto('/expiring?within=90');
  await page.locator('[data-testid="expiring-order"]:not([data-days-left^="-"])').nth(1).getByRole('link').click();
  await page.getByRole('button', { name: 'Draft extension petition' }).click();
  await expect(page.getByRole('heading', { name: /^Extension petition:/ })).toBeVisible();
  const petitionUrl = page.url();

  const risk = page.getByTestId('petition-risk');
  await expect(risk.getByRole('heading', { name: 'Risk assessment' })).toBeVisible();
  await expect(risk).toContainText(`${STATIC99R_TITLE.en}, version 1`);
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
