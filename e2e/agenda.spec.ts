import { test, expect, signIn, expectAccessible } from './fixtures';

// Issue 12, agenda with times: an officer books a check-in into a free slot of their working hours
// and finds it in the week calendar; the agenda stays accessible and fits a phone.

test('an officer books a check-in into a free slot and sees it in the week view', async ({ page }) => {
  await signIn(page, 'officer@demo.kz');
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  await page.goto('/caseload?sort=name');
  await page.getByRole('table', { name: 'Persons in the caseload' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Compliance' })).toBeVisible();
  await page.goto(`${page.url().split('?')[0]}/check-ins/new`);
  const heading = (await page.getByRole('heading', { name: /^Check-in: / }).textContent())!;
  const name = heading.replace(/^Check-in: /, '').trim();

  // The first free slot of the officer's hours; the picker fills the time field.
  const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Add an appointment or home visit' }) });
  const picker = form.getByLabel('Free slot');
  const first = picker.locator('option').nth(1);
  const value = (await first.getAttribute('value'))!;
  expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  await picker.selectOption(value);
  await expect(form.getByLabel('When')).toHaveValue(value);
  await form.getByLabel('Channel').selectOption({ label: 'At the station' });
  await form.getByLabel('Duration').selectOption({ label: '30 min' });
  await form.getByRole('button', { name: 'Add to schedule' }).click();
  await expect(page).toHaveURL(/\/agenda$/);

  // The week holding the slot: the booking is on its day, at its time.
  const [day, time] = value.split('T');
  await page.goto(`/agenda?week=${day}`);
  const item = page
    .getByTestId('agenda-item')
    .filter({ hasText: name })
    .filter({ hasText: `${time}–` });
  await expect(item.first()).toBeVisible();
  await expect(item.first()).toContainText('At the station');

  await page.goto(`${page.url().split('/agenda')[0]}/agenda`);
  await expectAccessible(page);
});

test('the agenda fits a 390 px phone and its settings and list are accessible', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'officer@demo.kz');
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  await page.goto('/agenda');
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.goto('/agenda/settings');
  await expect(page.getByRole('heading', { name: 'Working hours' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/agenda?view=list');
  await expect(page.getByRole('heading', { name: /^Overdue/ })).toBeVisible();
  await expectAccessible(page);
});
