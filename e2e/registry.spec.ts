import type { Browser, Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';
import { kzTodayString } from '../lib/time/today';

// The public registry (docs/registry.md): anonymous search, the no-JavaScript form, and the
// allow-list checked on the wire. Demo IINs and ids are random per seed, so the test reads them
// from a demo person's record as police, and gives that person a registered address with an
// apartment marker that must never appear publicly.

const APARTMENT = 'QZ-4417';
const STREET = 'Registry test street';
const todayInKazakhstan = () => kzTodayString();

async function staffPage(browser: Browser, email: string) {
  const context = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'Accept-Language': 'en' } });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  return page;
}

/** A person from police's first list page (counting from the end): id, IIN, names and region, read from the record. */
async function demoPerson(staff: Page, fromEnd: number) {
  await staff.goto('/persons');
  const links = staff.getByRole('table').getByRole('link');
  await links.nth((await links.count()) - 1 - fromEnd).click();
  await expect(staff).toHaveURL(/\/persons\/[^/]+$/);
  const id = new URL(staff.url()).pathname.split('/').pop()!;
  const fullName = (await staff.getByRole('heading', { level: 1 }).innerText()).trim().replace(/\s+/g, ' ');
  const iin = (await staff.locator('dl dd.font-mono').first().innerText()).trim();
  const region = (await staff.locator('dt', { hasText: 'District' }).locator('xpath=following-sibling::dd[1]').innerText()).split(' — ')[0].trim();
  expect(iin).toMatch(/^\d{12}$/);
  return { id, iin, fullName, lastName: fullName.split(' ')[0], region };
}

async function searchRegistry(page: Page, name: string, region: string) {
  await page.goto('/registry');
  await page.getByLabel('Name').fill(name);
  const value = await page.locator('select[name="region"] option', { hasText: region }).first().getAttribute('value');
  await page.locator('select[name="region"]').selectOption(value!);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/[?&]q=/);
}

test('an anonymous visitor finds a listed person, and nothing beyond the allow-list reaches the browser', async ({ page, browser }) => {
  const staff = await staffPage(browser, 'police@demo.kz');
  // A current registered address with an apartment: the street is public, the apartment never.
  // Persons whose address already starts today (e.g. just imported by another test) cannot take
  // a newer one today, so the next person is tried.
  let person: Awaited<ReturnType<typeof demoPerson>> | null = null;
  for (let fromEnd = 0; fromEnd < 5 && !person; fromEnd++) {
    const candidate = await demoPerson(staff, fromEnd);
    await staff.getByRole('button', { name: 'Add address' }).click();
    await staff.getByLabel('Kind', { exact: true }).selectOption('REGISTERED');
    await staff.getByLabel('Street').fill(STREET);
    await staff.getByLabel('Building').fill('17');
    await staff.getByLabel('Apartment').fill(APARTMENT);
    await staff.getByLabel('Lives here since').fill(todayInKazakhstan());
    await staff.getByRole('button', { name: 'Save address' }).click();
    const saved = staff.getByText(/Address saved/);
    await expect(saved.or(staff.getByText('The new address must start after the current one.'))).toBeVisible();
    if (await saved.isVisible()) person = candidate;
  }
  if (!person) throw new Error('no demo person could take a new address today');
  await expect(staff.getByText(`apt. ${APARTMENT}`)).toBeVisible();
  await staff.context().close();

  // From the sign-in page, without signing in.
  await page.goto('/login');
  await page.getByRole('link', { name: /Public registry/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Public registry/ })).toBeVisible();
  await searchRegistry(page, person.lastName, person.region);
  // Demo names repeat; the test's street makes the entry unique.
  const entry = page
    .getByTestId('registry-entry')
    .filter({ has: page.getByRole('heading', { name: person.fullName }) })
    .filter({ hasText: STREET });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(`${STREET} 17`);
  await expect(entry).toContainText(person.region);
  await expect(entry).not.toContainText(APARTMENT);

  // The same search as HTML and as the RSC payload a client-side navigation would fetch.
  const url = page.url();
  const html = await (await page.request.get(url)).text();
  const rscResponse = await page.request.get(url, { headers: { RSC: '1' } });
  expect(rscResponse.headers()['content-type']).toContain('text/x-component');
  const rsc = await rscResponse.text();
  for (const [label, body] of [
    ['HTML', html],
    ['RSC', rsc],
  ] as const) {
    expect(body, `${label} holds the name`).toContain(person.lastName);
    expect(body, `${label} holds the street`).toContain(STREET);
    expect(body, `${label} leaks the IIN`).not.toContain(person.iin);
    expect(body, `${label} leaks the person id`).not.toContain(person.id);
    expect(body, `${label} leaks the apartment`).not.toContain(APARTMENT);
  }

  // The CSV of the same search: the same columns, no IIN or apartment.
  const csv = await (await page.request.get(url.replace('/registry?', '/registry/export?'))).text();
  expect(csv).toContain(person.lastName);
  expect(csv).not.toContain(person.iin);
  expect(csv).not.toContain(APARTMENT);
});

test('a supervisor withholds a person from the registry with a reason, and reinstates them', async ({ page, browser }) => {
  const staff = await staffPage(browser, 'supervisor@demo.kz');
  const person = await demoPerson(staff, 0);
  const status = staff.getByTestId('registry-status');
  await expect(status).toContainText('Listed in the public registry.');
  // Demo names repeat: count the namesakes listed before, and expect one fewer while withheld.
  await searchRegistry(page, person.lastName, person.region);
  await expect(page.getByRole('heading', { name: person.fullName }).first()).toBeVisible();
  const listedBefore = await page.getByRole('heading', { name: person.fullName }).count();
  await status.getByRole('button', { name: 'Withhold from the registry' }).click();
  await status.getByLabel('Reason').fill('short');
  await status.getByRole('button', { name: 'Withhold from the registry' }).click();
  await expect(status.getByText('Give a reason of at least 10 characters.')).toBeVisible();
  await status.getByLabel('Reason').fill('The court asked to protect the victim.');
  await status.getByRole('button', { name: 'Withhold from the registry' }).click();
  const shortName = person.fullName.split(' ').slice(0, 2).join(' ');
  await expect(status.getByRole('dialog', { name: `Withhold ${shortName} from the public registry?` })).toContainText('The court asked to protect the victim.');
  await status.getByRole('button', { name: 'Yes, withhold' }).click();
  await expect(status).toContainText('Withheld from the public registry on');
  await expect(staff.getByTestId('flash')).toHaveText(`${shortName} withheld from the public registry`);
  await expect(status).toContainText('Reason: The court asked to protect the victim.');

  await page.reload();
  await expect(page.getByTestId('registry-count')).toBeVisible();
  await expect(page.getByRole('heading', { name: person.fullName })).toHaveCount(listedBefore - 1);

  await status.getByRole('button', { name: 'Reinstate in the registry' }).click();
  await status.getByLabel('Reason').fill('The court withdrew its request.');
  await status.getByRole('button', { name: 'Reinstate in the registry' }).click();
  await status
    .getByRole('dialog', { name: /^Reinstate .* in the public registry\?$/ })
    .getByRole('button', { name: 'Yes, reinstate' })
    .click();
  await expect(status).toContainText('Listed in the public registry.');
  await staff.context().close();

  await page.reload();
  await expect(page.getByRole('heading', { name: person.fullName })).toHaveCount(listedBefore);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the GET form searches and the page links work', async ({ page }) => {
    await page.goto('/registry');
    const first = (await page.getByTestId('registry-entry').first().getByRole('heading').innerText()).trim();
    const lastName = first.split(/\s+/)[0];
    await page.getByLabel('Name').fill(lastName.toLowerCase());
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(lastName.toLowerCase())}`));
    await expect(page.getByRole('heading', { name: first })).toBeVisible();
    const names = await page.getByTestId('registry-entry').getByRole('heading').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.toLowerCase()).toContain(lastName.toLowerCase());

    await page.goto('/registry');
    await expect(page.getByText('Page 1 of')).toBeVisible();
    await page.getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(page.getByText('Page 2 of')).toBeVisible();
    await expect(page.getByTestId('registry-entry')).toHaveCount(20);
  });
});

test('control characters in a search or a path answer a page, never a server error', async ({ page, request }) => {
  const search = await page.goto('/registry?q=a%00b');
  expect(search?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const csv = await request.get('/registry/export?q=%00');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  // A path with NUL: signed out, sign-in like any other page; signed in, the ordinary not-found
  // page, never PostgreSQL's refusal of NUL.
  const signedOut = await page.goto('/persons/a%00b');
  expect(signedOut?.status()).toBe(200);
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, 'police@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  const path = await page.goto('/persons/a%00b');
  expect(path?.status()).toBe(404);
});
