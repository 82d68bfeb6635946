import type { Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';
// Dates of things that happened are today in Kazakhstan at the latest (date rules, issue 9).
import { kzTodayString } from '../lib/time/today';

const PDF = { name: 'absence-report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% evidence\n') };
// An 8×8 PNG the browser can decode, so the thumbnail has a real size.
const PHOTO = {
  name: 'station-door.png',
  mimeType: 'image/png',
  buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGM4ISeHFTEMLQkAkL9BAbKfPiIAAAAASUVORK5CYII=', 'base64'),
};
const PLACE = 'District police station No. 2, Abay avenue 10';

/** The timeline entry of the violation this journey records (known by its place). */
function violationEntry(page: Page) {
  return page.getByTestId('timeline-event').filter({ has: page.getByTestId('violation-place').getByText(PLACE, { exact: true }) });
}

async function openCaseloadPerson(page: Page, index: number) {
  await page.goto('/caseload?sort=name');
  await page.getByRole('table', { name: 'Persons in the caseload' }).getByRole('link').nth(index).click();
  await expect(page.getByRole('heading', { name: 'Compliance' })).toBeVisible();
  return page.url();
}

async function recordCheckIn(page: Page, outcome: 'Attended' | 'Missed') {
  await page.getByRole('link', { name: 'Record check-in' }).click();
  await page.getByLabel(outcome, { exact: true }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
}

async function officerJourney(page: Page, index: number) {
  await signIn(page, 'officer@demo.kz');
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  const personUrl = await openCaseloadPerson(page, index);

  await recordCheckIn(page, 'Attended');
  await expect(page.getByRole('heading', { name: /^Timeline:/ })).toBeVisible();
  await expect(page.getByText(/At the station: Attended/).first()).toBeVisible();
  // The message outlives the form and the navigation to the timeline.
  await expect(page.getByTestId('flash')).toHaveText(/^Check-in recorded: At the station, Attended, \d{1,2} \w+ \d{4}, \d{2}:\d{2} \(UTC\+5\)$/);

  await page.goto(personUrl);
  await recordCheckIn(page, 'Missed');
  // The miss proposes a violation, prefilled for the officer to confirm.
  await expect(page.getByText('Proposed from the check-in just recorded')).toBeVisible();
  await expect(page.getByLabel('Type')).toHaveValue('MISSED_REPORTING');
  await expect(page.getByLabel('Restriction broken')).not.toHaveValue('');
  await page.getByLabel('Where').fill(PLACE);
  await page.getByLabel('Evidence files').setInputFiles([PDF, PHOTO]);
  await page.getByRole('button', { name: 'Record violation' }).click();
  await expect(page.getByRole('heading', { name: /^Timeline:/ })).toBeVisible();
  // What a court needs: what, where, the restriction broken in words with its ruling, the evidence.
  const violation = violationEntry(page);
  await expect(violation).toContainText('Missed reporting — recorded');
  await expect(violation.getByTestId('violation-place')).toHaveText(PLACE);
  // en-GB abbreviates September as "Sept": month abbreviations are 3 or 4 letters.
  await expect(violation.getByTestId('violation-restriction')).toContainText(
    /Report to the police \d+ times? a month \(Ruling No\. .+ of \d{1,2} \w{3,4} \d{4}\)/,
  );
  await expect(violation.getByRole('link', { name: 'absence-report.pdf (PDF)' })).toBeVisible();
  const thumbnail = violation.getByRole('img', { name: 'Evidence photo: station-door.png' });
  await thumbnail.scrollIntoViewIfNeeded();
  await expect(thumbnail).toHaveAttribute('loading', 'lazy');
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBe(8);
  await expect(page.getByTestId('flash')).toHaveText(/^Violation recorded: Missed reporting, /);
  return personUrl;
}

test('an officer records an attended and a missed check-in, confirms the violation; police escalate it', async ({ page }) => {
  const personUrl = await officerJourney(page, 0);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, 'police@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto(`${personUrl}/timeline?kind=violations`);
  const recorded = violationEntry(page);
  await expect(recorded).toContainText('Missed reporting — recorded');
  await recorded.getByRole('button', { name: 'Administrative protocol' }).click();
  await recorded.getByLabel('Protocol number').fill('AP-2026-0042');
  await recorded.getByLabel('Protocol date').fill(kzTodayString());
  await recorded.getByLabel('Penalty').fill('Fine of 10 MCI');
  await recorded.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('Protocol AP-2026-0042; penalty: Fine of 10 MCI')).toBeVisible();
  // The timeline holds every step: the check-ins, the violation and its escalation.
  await page.goto(`${personUrl}/timeline`);
  await expect(page.getByText(/^Missed reporting — administrative protocol \(/).first()).toBeVisible();
  // The violation itself now stands at the protocol, still with its place and evidence.
  const violation = violationEntry(page);
  await expect(violation).toContainText('Missed reporting — administrative protocol');
  await expect(violation).toContainText(/Protocol AP-2026-0042 of \d{1,2} \w{3,4} \d{4}; penalty: Fine of 10 MCI/);
  await expect(violation.getByTestId('violation-place')).toHaveText(PLACE);
  const thumbnail = violation.getByRole('img', { name: 'Evidence photo: station-door.png' });
  await thumbnail.scrollIntoViewIfNeeded();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBe(8);
  await expect(page.getByText(/At the station: Missed/).first()).toBeVisible();
  await expect(page.getByText(/At the station: Attended/).first()).toBeVisible();
});

test('no outcome is chosen for the officer: saving without one is refused by the field and records nothing', async ({ page }) => {
  await signIn(page, 'officer@demo.kz');
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  await openCaseloadPerson(page, 2);
  await page.getByRole('link', { name: 'Record check-in' }).click();
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Save check-in' }) });
  const outcomes = form.getByRole('group', { name: 'Outcome' }).getByRole('radio');
  await expect(outcomes).toHaveCount(4);
  for (const radio of await outcomes.all()) await expect(radio).not.toBeChecked();
  // A home visit with a curfew check: "at home" is not answered for the officer either.
  await form.getByLabel('Channel').selectOption('HOME_VISIT');
  await form.getByLabel('Curfew check (visit inside the curfew hours)').check();
  const atHome = form.getByRole('group', { name: 'Was the person at home?' }).getByRole('radio');
  await expect(atHome).toHaveCount(2);
  for (const radio of await atHome.all()) await expect(radio).not.toBeChecked();

  const actions: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') actions.push(r.url());
  });
  const formUrl = page.url();
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await expect(form.locator('#outcome-error')).toHaveText('Required.');
  await expect(form.getByRole('group', { name: 'Outcome' })).toHaveAccessibleDescription('Required.');
  expect(page.url()).toBe(formUrl);
  expect(actions).toEqual([]);
  await expect(page.getByTestId('flash')).toHaveText('');
});

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the same officer journey works, and pages fit the screen', async ({ page }) => {
    const personUrl = await officerJourney(page, 1);
    for (const path of ['/caseload', '/agenda', '/inbox', `${new URL(personUrl).pathname}/timeline`]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
});
