import type { Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';
// Dates of things that happened are today in Kazakhstan at the latest (date rules, issue 9).
import { kzTodayString } from '../lib/time/today';

async function switchTo(page: Page, email: string) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, email);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
}

test('four roles: police draft from the worklist, a supervisor returns then endorses, police file the PDF, the clerk sets a hearing and grants for life, police record the announcement', async ({ page }) => {
  await signIn(page, 'police@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto('/expiring?within=90');
  await page.getByTestId('expiring-order').first().getByRole('link').click();
  await page.getByRole('button', { name: 'Draft extension petition' }).click();
  await expect(page.getByRole('heading', { name: /^Extension petition:/ })).toBeVisible();
  const petitionUrl = page.url();

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
  await page.getByLabel('Document (PDF or photo, up to 10 MB)').setInputFiles({ name: 'psychologist-report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%report\n') });
  await page.getByRole('button', { name: 'Attach a document' }).click();
  await expect(page.getByRole('link', { name: 'psychologist-report.pdf' })).toBeVisible();
  // The drafter cannot endorse; it needs a supervisor.
  await expect(page.getByRole('button', { name: 'Endorse' })).toHaveCount(0);

  // The supervisor returns it once with comments, the drafter sees them, then it is endorsed.
  await switchTo(page, 'supervisor@demo.kz');
  await page.goto(petitionUrl);
  await page.getByRole('button', { name: 'Return with comments' }).click();
  await page.getByLabel('Comments for the drafter').fill('Name the curfew breach date.');
  await page.getByRole('button', { name: 'Return with comments' }).click();
  await switchTo(page, 'police@demo.kz');
  await page.goto(petitionUrl);
  await expect(page.getByText('Returned with comments: Name the curfew breach date.')).toBeVisible();
  await page.getByLabel('Grounds').fill('Missed check-ins; curfew breach on 3 October 2026.');
  await expect(page.getByTestId('draft-state')).not.toHaveText('Saved');
  await expect(page.getByTestId('draft-state')).toHaveText('Saved', { timeout: 15_000 });
  await switchTo(page, 'supervisor@demo.kz');
  await page.goto(petitionUrl);
  await page.getByRole('button', { name: 'Endorse' }).click();
  await expect(page.getByTestId('petition-status')).toHaveText('Endorsed');

  await switchTo(page, 'police@demo.kz');
  await page.goto(petitionUrl);
  await page.getByRole('button', { name: 'File with the court' }).click();
  await expect(page.getByTestId('petition-status')).toHaveText('Filed');
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
  await page.getByLabel('Hearing date').fill(kzTodayString());
  await page.getByRole('button', { name: 'Set hearing date' }).click();
  await expect(page.getByTestId('petition-status')).toHaveText('Hearing set');
  await page.getByRole('button', { name: 'Granted for life' }).click();
  await page.getByLabel('Decision number').fill('2-1234/2026');
  await page.getByLabel('Decision date').fill(kzTodayString());
  await page.getByRole('button', { name: 'Granted for life' }).click();
  await expect(page.getByTestId('petition-status')).toHaveText('Granted');
  await expect(page.getByTestId('decision')).toContainText('Granted for life');

  await switchTo(page, 'police@demo.kz');
  await page.goto(petitionUrl);
  await expect(page.getByTestId('announcement')).toContainText('To do');
  await page.getByRole('button', { name: 'Refused to sign' }).click();
  await page.getByLabel('Refusal witnessed by').fill('Sgt. A. Nurlanov');
  await page.getByRole('button', { name: 'Refused to sign' }).click();
  await expect(page.getByTestId('announcement')).toContainText('witnessed by Sgt. A. Nurlanov');

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
  await expect(decision.getByTestId('decision-ruling')).toHaveText(/^Ruling No\. 2-1234\/2026 of \d{1,2} \w{3} \d{4}$/);
  await expect(decision).toContainText('Supervision is now lifelong');
  await expect(decision.getByRole('link', { name: /^Petition EP-/ })).toHaveAttribute('href', new URL(petitionUrl).pathname);
});
