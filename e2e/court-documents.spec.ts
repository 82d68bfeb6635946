import { execFileSync } from 'node:child_process';
import { test, expect, signIn, endorseAndFile } from './fixtures';

// Court-ready documents (issue 12): the petition filed in Russian is downloaded and read back with
// pdftotext: dates written out in Russian, staff names in Cyrillic, the unit header, and the filing
// number and page on every page. The demo seed gives the police and supervisor Cyrillic names.

const RU_LONG_DATE = /\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4} г\./;

test('the petition filed in Russian has long-form Russian dates, Cyrillic staff names, the unit header and the filing number on every page', async ({
  page,
}) => {
  await signIn(page, 'police@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto('/expiring?within=90');
  await page.locator('[data-testid="expiring-order"]:not([data-days-left^="-"])').first().getByRole('link').click();
  await page.getByRole('button', { name: 'Draft extension petition' }).click();
  await expect(page.getByRole('heading', { name: /^Extension petition:/ })).toBeVisible();
  const url = page.url();
  // The page writes the prefill date out too, and lists the violations.
  await expect(
    page.getByRole('heading', { name: /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/ }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Violations of the supervision conditions' })).toBeVisible();
  await page.getByLabel('Repeated violations of supervision').check();
  await page.getByLabel('Grounds').fill('Нарушения режима надзора в течение года.');
  await page.getByLabel('Requested term, years').fill('3');
  await page.getByLabel('Language of the document').selectOption('RU');
  await expect(page.getByTestId('draft-state')).toHaveText('Saved', { timeout: 15_000 });
  await page.reload();
  await expect(page.getByLabel('Requested term, years')).toHaveValue('3');

  await endorseAndFile(page, url);

  const response = await page.request.get(`${url}/document`);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const filingNumber = /filename="?([^";]+)\.pdf/.exec(response.headers()['content-disposition'] ?? '')?.[1];
  expect(filingNumber).toMatch(/^EP-\d{4}-\d{5}$/);
  const pages = execFileSync('pdftotext', ['-layout', '-', '-'], { input: await response.body() })
    .toString()
    .split('\f')
    .filter((p) => p.trim())
    .map((p) => p.replace(/\s+/g, ' '));
  const text = pages.join(' ');
  expect(text).toMatch(RU_LONG_DATE);
  expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  expect(text).toContain('Марат Полициев');
  expect(text).toContain('Нурлан Начальников');
  expect(text).not.toContain('Politsiyev');
  expect(text).not.toContain('Nachalnikov');
  expect(text).toContain('Отдел полиции —');
  expect(text).toContain('старший участковый инспектор полиции Марат Полициев');
  expect(text).toMatch(/ст\. \d+ УК РК «/);
  expect(text).toContain('Нарушения условий надзора');
  pages.forEach((p, i) => {
    expect(p).toContain(`Ходатайство рег. № ${filingNumber}`);
    expect(p).toContain(`Страница ${i + 1} из ${pages.length}`);
  });
});
