import type { Page } from '@playwright/test';
import { test, expect, signIn, confirmStep, switchTo, endorseAndFile } from './fixtures';
// Dates of things that happened are today in Kazakhstan at the latest (date rules, issue 9).
import { kzTodayString } from '../lib/time/today';

/** Today in Kazakhstan (UTC+5), as a date input takes it: decisions and hearings are not in the future. */
const today = kzTodayString;

test('four roles: police draft from the worklist, a supervisor returns then endorses, police file the PDF, the clerk sets a hearing and grants for life, police record the announcement', async ({
  page,
}) => {
  await signIn(page, 'police@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto('/expiring?within=90');
  await page.getByTestId('expiring-order').first().getByRole('link').click();
  await page.getByRole('button', { name: 'Draft extension petition' }).click();
  await expect(page.getByRole('heading', { name: /^Extension petition:/ })).toBeVisible();
  const petitionUrl = page.url();
  const personName = (await page.getByRole('heading', { name: /^Extension petition:/ }).innerText()).replace('Extension petition: ', '');

  // The draft saves itself as the officer types.
  await page.getByLabel('Repeated violations of supervision').check();
  await page.getByLabel('Grounds').fill('Missed check-ins and a curfew breach in the last year.');
  await page.getByLabel('Requested term, years').fill('3');
  await expect(page.getByTestId('draft-state')).not.toHaveText('Saved');
  await expect(page.getByTestId('draft-state')).toHaveText('Saved', { timeout: 15_000 });
  // Reloading shows what was saved.
  await page.reload();
  await expect(page.getByLabel('Requested term, years')).toHaveValue('3');
  await page.getByRole('button', { name: 'Attach a document' }).click();
  await page
    .getByLabel('Document (PDF or photo, up to 10 MB)')
    .setInputFiles({ name: 'psychologist-report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%report\n') });
  await page.getByRole('button', { name: 'Attach a document' }).click();
  await expect(page.getByRole('link', { name: 'psychologist-report.pdf' })).toBeVisible();
  // The drafter cannot endorse; it needs a supervisor.
  await expect(page.getByRole('button', { name: 'Endorse' })).toHaveCount(0);

  // The supervisor returns it once with comments, the drafter sees them, then it is endorsed.
  await switchTo(page, 'supervisor@demo.kz');
  await page.goto(petitionUrl);
  await page.getByRole('button', { name: 'Return with comments' }).click();
  await page.getByLabel('Comments for the drafter').fill('Name the curfew breach date.');
  await page.getByRole('button', { name: 'Continue' }).click();
  const returning = page.getByRole('dialog', { name: 'Return the petition to the drafter?' });
  await expect(returning).toContainText('Name the curfew breach date.');
  await returning.getByRole('button', { name: 'Return with comments' }).click();
  await expect(page.getByTestId('flash')).toHaveText('Petition returned to the drafter with your comments');
  await switchTo(page, 'police@demo.kz');
  await page.goto(petitionUrl);
  await expect(page.getByText('Returned with comments: Name the curfew breach date.')).toBeVisible();
  await page.getByLabel('Grounds').fill('Missed check-ins; curfew breach on 3 October 2026.');
  await expect(page.getByTestId('draft-state')).not.toHaveText('Saved');
  await expect(page.getByTestId('draft-state')).toHaveText('Saved', { timeout: 15_000 });
  await switchTo(page, 'supervisor@demo.kz');
  await page.goto(petitionUrl);
  // Escape leaves the confirmation with nothing sent and focus back on the button.
  await page.getByRole('button', { name: 'Endorse' }).click();
  await expect(page.getByRole('heading', { name: 'Endorse this petition?' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Endorse' })).toBeFocused();
  await expect(page.getByTestId('petition-status')).toHaveText('Draft');
  await confirmStep(page, 'Endorse', 'Endorse this petition?');
  await expect(page.getByTestId('petition-status')).toHaveText('Endorsed');
  await expect(page.getByTestId('flash')).toHaveText('Petition endorsed');

  await switchTo(page, 'police@demo.kz');
  await page.goto(petitionUrl);
  await confirmStep(page, 'File with the court', 'File the petition with the court?');
  await expect(page.getByTestId('petition-status')).toHaveText('Filed');
  await expect(page.getByTestId('flash')).toHaveText('Petition filed with the court');
  const pdf = await page.request.get(`${petitionUrl}/document`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // A clerk of another court does not see it.
  await switchTo(page, 'clerk2@demo.kz');
  expect((await page.goto(petitionUrl))?.status()).toBe(404);

  await switchTo(page, 'clerk@demo.kz');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Court queue' }).click();
  await page.getByTestId('petition-row').getByRole('link').first().waitFor();
  await page.goto(petitionUrl);
  await page.getByRole('button', { name: 'Set hearing date' }).click();
  await page.getByLabel('Hearing date').fill(today());
  await page.getByLabel('Time', { exact: true }).fill('10:00');
  await page.getByLabel('Courtroom').fill('3');
  await page.getByRole('button', { name: 'Set hearing date' }).click();
  await expect(page.getByTestId('petition-status')).toHaveText('Hearing set');
  await expect(page.getByTestId('flash')).toHaveText(/^Hearing set for /);

  // Three years were asked and the court granted life: recorded only with the acknowledgement.
  await page.getByRole('button', { name: "Record the court's decision" }).click();
  await page.getByLabel('Granted: supervision for life').check();
  await page.getByLabel('Decision number').fill('2-1234/2026');
  await page.getByLabel('Decision date').fill(today());
  await page.getByRole('button', { name: 'Continue' }).click();
  const check = page.getByRole('dialog', { name: 'Check your answers before recording the decision' });
  await expect(check.getByTestId('decision-summary')).toContainText('Term asked in the petition3 years');
  await expect(check.getByTestId('decision-summary')).toContainText('Term grantedlifelong');
  await expect(check).toContainText('The court granted more than was asked');
  await check.getByRole('button', { name: 'Confirm and record' }).click();
  await expect(check.getByText('Tick the box to confirm that the ruling says so')).toBeVisible();
  await check.getByLabel('I have checked the ruling').check();
  await check.getByLabel('Ruling number, typed again from the ruling').fill('2-1234/2025');
  await check.getByRole('button', { name: 'Confirm and record' }).click();
  await expect(check.getByText('Type the ruling number exactly as in the decision number above.')).toBeVisible();
  await expect(page.getByTestId('petition-status')).toHaveText('Hearing set');
  await check.getByLabel('Ruling number, typed again from the ruling').fill('2-1234/2026');
  await check.getByRole('button', { name: 'Confirm and record' }).click();
  await expect(page.getByTestId('petition-status')).toHaveText('Granted');
  await expect(page.getByTestId('flash')).toHaveText('Court decision 2-1234/2026 recorded: supervision extended for life');
  await expect(page.getByTestId('decision')).toContainText('Granted for life');
  await expect(page.getByTestId('differs-from-request')).toHaveText('The court granted more than was asked: asked 3 years, granted lifelong.');

  await switchTo(page, 'police@demo.kz');
  await page.goto(petitionUrl);
  await expect(page.getByTestId('announcement')).toContainText('To do');
  await page.getByRole('button', { name: 'Refused to sign' }).click();
  await page.getByLabel('Refusal witnessed by').fill('Sgt. A. Nurlanov');
  await page.getByRole('button', { name: 'Refused to sign' }).click();
  await expect(page.getByTestId('announcement')).toContainText('witnessed by Sgt. A. Nurlanov');
  await expect(page.getByTestId('flash')).toHaveText('Announcement recorded: signature refused, witnessed by Sgt. A. Nurlanov');

  // The person page shows a lifelong order with the whole chain, ending in this decision.
  await page.getByRole('link', { name: "Back to the person's record" }).click();
  const order = page.getByTestId('order').first();
  await expect(order).toContainText('lifelong');
  await expect(order.getByRole('listitem').filter({ hasText: '2-1234/2026' })).toBeVisible();

  // The person's timeline shows the decision as a court reads it: outcome, ruling number and date, the petition.
  await page.goto(`${page.url()}/timeline?kind=decisions`);
  const decision = page.getByTestId('decision-entry');
  await expect(decision).toHaveCount(1);
  await expect(decision).toContainText('Court decision: Granted for life');
  await expect(decision.getByTestId('decision-ruling')).toHaveText(/^Ruling No\. 2-1234\/2026 of \d{1,2} \w{3,4} \d{4}$/);
  await expect(decision).toContainText('Supervision is now lifelong');
  await expect(decision.getByRole('link', { name: /^Petition EP-/ })).toHaveAttribute('href', new URL(petitionUrl).pathname);
  // The region's supervisor sees the decision that went beyond the petition.
  await switchTo(page, 'supervisor@demo.kz');
  await page.goto('/dashboard');
  await expect(page.getByTestId('differing-decision').filter({ hasText: personName })).toContainText('asked 3 years, granted lifelong');
});

/** Police open a new petition draft on the first order of the worklist that is still running; returns its address. */
async function draftOnRunningOrder(page: Page) {
  await signIn(page, 'police@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto('/expiring?within=90');
  await page.locator('[data-testid="expiring-order"]:not([data-days-left^="-"])').first().getByRole('link').click();
  await page.getByRole('button', { name: 'Draft extension petition' }).click();
  await expect(page.getByRole('heading', { name: /^Extension petition:/ })).toBeVisible();
  return page.url();
}

test('a change typed while the draft is being saved is saved too before the page says Saved', async ({ page }) => {
  const path = new URL(await draftOnRunningOrder(page)).pathname;

  // Hold the first save (a server action is a POST to the page with a Next-Action header) until
  // another field has changed: that change is not in the save under way.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let holding = true;
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      if (holding && route.request().method() === 'POST' && route.request().headers()['next-action']) {
        holding = false;
        await held;
      }
      await route.continue();
    },
  );
  await page.getByLabel('Grounds').fill('Two missed check-ins this year.');
  await page.getByRole('button', { name: 'Save now' }).click();
  await expect(page.getByTestId('draft-state')).toHaveText('Saving…');
  await page.getByLabel('Requested term, years').fill('4');
  release();
  await expect(page.getByTestId('draft-state')).toHaveText('Saved', { timeout: 15_000 });
  await page.unrouteAll();
  await page.reload();
  await expect(page.getByLabel('Grounds')).toHaveValue('Two missed check-ins this year.');
  await expect(page.getByLabel('Requested term, years')).toHaveValue('4');
});

/** Police draft a petition for three more years on an order still running, a supervisor endorses it, police file it. */
async function filedPetition(page: Page) {
  const url = await draftOnRunningOrder(page);
  await page.getByLabel('Repeated violations of supervision').check();
  await page.getByLabel('Grounds').fill('Two missed check-ins this year.');
  await page.getByLabel('Requested term, years').fill('3');
  await expect(page.getByTestId('draft-state')).toHaveText('Saved', { timeout: 15_000 });
  await page.reload();
  await expect(page.getByLabel('Requested term, years')).toHaveValue('3');
  await endorseAndFile(page, url);
  return url;
}

test('the clerk checks the answers of a grant, changes one, confirms once, and the page shows the grant and its message at once', async ({ page }) => {
  const url = await filedPetition(page);
  await switchTo(page, 'clerk@demo.kz');
  await page.goto(url);

  await page.getByRole('button', { name: "Record the court's decision" }).click();
  // No outcome is chosen for the clerk.
  for (const outcome of ['Granted: supervision extended by a number of years', 'Granted: supervision for life', 'Denied'])
    await expect(page.getByLabel(outcome)).not.toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#decision-outcome-error')).toHaveText('Required.');

  await page.getByLabel('Granted: supervision extended by a number of years').check();
  await page.getByLabel('Term granted, years').fill('2');
  await page.getByLabel('Decision number').fill('2-555/2026');
  await page.getByLabel('Decision date').fill(today());
  await page.getByRole('button', { name: 'Continue' }).click();
  const check = page.getByRole('dialog', { name: 'Check your answers before recording the decision' });
  await expect(check.getByRole('heading')).toBeFocused();
  await expect(check.getByTestId('decision-summary')).toContainText('Term granted2 years');
  // "Change" goes back to the field.
  await check.getByRole('button', { name: 'Change Term granted' }).click();
  await expect(page.getByLabel('Term granted, years')).toBeFocused();
  await page.getByLabel('Term granted, years').fill('3');
  await page.getByRole('button', { name: 'Continue' }).click();

  const summary = check.getByTestId('decision-summary');
  await expect(summary).toContainText('Term asked in the petition3 years');
  await expect(summary).toContainText('Term granted3 years');
  await expect(summary).toContainText(`RulingNo. 2-555/2026 of`);
  await expect(summary).toContainText('ReportingUnchanged');
  await expect(summary).toContainText('Scan of the decisionNone attached');
  // The resulting end: the current end plus the three years granted.
  const rows = summary.locator('div');
  const currentEnd = (await rows.filter({ hasText: 'The order ends now' }).locator('dd').first().innerText()).trim();
  const newEnd = currentEnd.replace(/\d{4}$/, (year) => String(Number(year) + 3));
  expect(newEnd).not.toBe(currentEnd);
  await expect(rows.filter({ hasText: 'The order will end' }).locator('dd').first()).toHaveText(newEnd);
  await expect(check).not.toContainText('The court granted more than was asked');

  // A double click sends one request, and the page needs no second one to show the result.
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.headers()['next-action']) sent.push('action');
    else if (r.method() === 'GET' && r.headers()['rsc'] && !r.headers()['next-router-prefetch']) sent.push(`refetch ${r.url()}`);
  });
  await check.getByRole('button', { name: 'Confirm and record' }).dblclick();
  await expect(page.getByTestId('petition-status')).toHaveText('Granted');
  await expect(page.getByTestId('flash')).toHaveText(`Court decision 2-555/2026 recorded: supervision extended by 3 years, to ${newEnd}`);
  // The decision section writes dates in the long form ("21 February 2030"; docs/decisions/019).
  const newEndLong = new Date(`${newEnd} 12:00 UTC`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  await expect(page.getByTestId('decision')).toContainText(`Supervision now ends ${newEndLong}.`);
  await expect(page.getByTestId('differs-from-request')).toHaveCount(0);
  expect(sent).toEqual(['action']);
});
