import { test, expect, signIn, expectAccessible } from './fixtures';

// Issue 12, the officers' part in escalation: an officer flags a person for a petition with
// reasons; police see the flag on their worklist and the reasons open the new draft's grounds.

const REASONS = `Missed two check-ins and was seen near a school (e2e ${Date.now().toString(36)})`;

test('an officer flags a person with reasons; police see the flag on the worklist and the reasons in a new draft', async ({ page }) => {
  await signIn(page, 'officer@demo.kz');
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  await page.goto('/caseload?sort=name');
  const links = page.getByRole('table', { name: 'Persons in the caseload' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')!));

  // The first person whose active order has an end date (a lifelong order needs no petition).
  let name = '';
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.getByRole('heading', { name: 'Compliance' })).toBeVisible();
    const order = page.getByTestId('order').first();
    if ((await order.count()) === 0) continue;
    const text = await order.innerText();
    if (/^Active/.test(text) && !/lifelong/.test(text)) {
      name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
      break;
    }
  }
  expect(name, 'a person with an active order that has an end date').not.toBe('');
  const personUrl = page.url();

  const flag = page.getByTestId('petition-flag');
  await expect(flag.getByText('Not flagged.')).toBeVisible();
  await expectAccessible(page);
  await flag.getByRole('button', { name: 'Flag for a petition' }).click();
  // Nothing chosen: the server says which field is missing.
  await flag.getByRole('button', { name: 'Flag for a petition' }).click();
  await expect(flag.getByText('Choose at least one ground.')).toBeVisible();
  await flag.getByLabel('Missed check-ins').check();
  await flag.getByLabel('Conduct showing a risk of reoffending').check();
  await flag.getByLabel('Reasons (what you saw)').fill(REASONS);
  await expectAccessible(page);
  await flag.getByRole('button', { name: 'Flag for a petition' }).click();
  await expect(flag.getByText(/^Flagged by Yerlan Officerov on /)).toBeVisible();
  await expect(flag.getByTestId('flag-reasons')).toHaveText(REASONS);
  await expect(flag.getByRole('button', { name: 'Withdraw the flag' })).toBeVisible();

  // Police: the worklist's filter finds the flagged person, whatever the order's end date.
  await page.context().clearCookies();
  await signIn(page, 'police@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto('/expiring');
  await page.getByRole('link', { name: 'Flagged by officer only' }).click();
  await expect(page.getByRole('link', { name: 'Flagged by officer only' })).toHaveAttribute('aria-current', 'page');
  const row = page.getByTestId('expiring-order').filter({ hasText: name });
  await expect(row.getByTestId('flagged-marker')).toContainText('Flagged by officer');
  await expect(page.getByTestId('officer-requests')).toBeVisible();
  await expectAccessible(page);

  await row.getByRole('link', { name }).click();
  await expect(page).toHaveURL(personUrl);
  await expect(page.getByTestId('petition-flag').getByTestId('flag-reasons')).toHaveText(REASONS);
  // Police see the flag but neither flag nor withdraw.
  await expect(page.getByTestId('petition-flag').getByRole('button')).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Draft extension petition' }).click();
  await expect(page.getByRole('heading', { name: /^Extension petition:/ })).toBeVisible();
  const grounds = page.getByLabel('Grounds');
  await expect(grounds).toHaveValue(/^\[Из отметки инспектора пробации Yerlan Officerov от \d{2}\.\d{2}\.\d{4}\]/);
  await expect(grounds).toHaveValue(new RegExp(REASONS.replace(/[()]/g, '\\$&')));
  await expect(grounds).toHaveValue(/Неявки на регистрацию/);

  // Taken into the draft, the flag leaves the worklist filter.
  await page.goto('/expiring?flagged=1');
  await expect(page.getByTestId('expiring-order').filter({ hasText: name })).toHaveCount(0);
});
