import type { Page } from '@playwright/test';
import { test, expect, signIn, expectAccessible } from './fixtures';

// Issue 13, the assessment workflow in Russian: an officer starts an assessment for a person on
// their caseload, confirms the record's proposals, answers the rest, rates the dynamic factors,
// sees the autosave, and submits; the region's supervisor opens it from the notification and
// countersigns; the assessment is then locked and shows its band.

const NOTE = `Работает рядом со школой (e2e ${Date.now().toString(36)})`;

/** Signs in (the sign-in page is English) and switches the UI to Russian. */
async function signInRussian(page: Page, email: string, baseURL: string) {
  await page.context().clearCookies();
  await signIn(page, email);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'ru', url: baseURL }]);
}

test('an officer assesses a person in Russian; the supervisor countersigns; the assessment is locked with its band', async ({ page, baseURL }) => {
  // A long journey (ten items, seven factors, two users) on a shared machine.
  test.setTimeout(240_000);
  await signInRussian(page, 'officer@demo.kz', baseURL!);

  // The caseload by supervision end (the soonest first): the first person with no assessment open.
  await page.goto('/caseload?sort=orderEnd');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const links = page.locator('table a[href^="/persons/"]');
  await expect(links.first()).toBeVisible();
  const hrefs = (await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')!))).filter((h) => /^\/persons\/[^/?#]+$/.test(h));
  let started = false;
  for (const href of hrefs) {
    await page.goto(href);
    await page.getByTestId('person-risk-link').click();
    // Either the start page, or (an assessment already open) the assessment itself.
    const start = page.getByRole('button', { name: 'Начать оценку' });
    await expect(start.or(page.getByTestId('risk-status'))).toBeVisible();
    if ((await start.count()) === 0) continue;
    await start.click();
    started = true;
    break;
  }
  expect(started, 'a person on the caseload without an open assessment').toBe(true);
  await expect(page).toHaveURL(/\/risk\/(?!new$)[^/]+$/);
  const assessmentPath = new URL(page.url()).pathname;
  await expect(page.getByTestId('risk-status')).toHaveText('Черновик');
  await expect(page.getByTestId('risk-save-state')).toHaveText('Сохранено');
  await expectAccessible(page, 'assessment form');

  // Each item: confirm the record's proposal where there is one, otherwise choose the first answer.
  const items = page.locator('[data-testid^="risk-item-"]');
  const itemCount = await items.count();
  expect(itemCount).toBeGreaterThan(0);
  let confirmed = 0;
  for (let i = 0; i < itemCount; i += 1) {
    const item = items.nth(i);
    const confirm = item.getByRole('button', { name: /^Подтвердить/ });
    if ((await confirm.count()) > 0) {
      await confirm.click();
      await expect(item.getByRole('button', { name: /^Подтверждено/ })).toBeDisabled();
      confirmed += 1;
    } else {
      await item.getByRole('radio').first().check();
    }
    await expect(item.locator('input[type="radio"]:checked')).toHaveCount(1);
  }
  expect(confirmed, 'proposals from the record').toBeGreaterThan(0);
  await expect(page.getByTestId('risk-running-total')).toContainText('Итого:');
  await expect(page.getByTestId('risk-running-total')).toContainText('Уровень:');

  // Dynamic factors: the first one "Частично" with a note, the others "Нет".
  const factors = page.locator('[data-testid^="risk-factor-"]');
  const factorCount = await factors.count();
  expect(factorCount).toBeGreaterThan(0);
  for (let i = 0; i < factorCount; i += 1) {
    const factor = factors.nth(i);
    await factor.getByRole('radio', { name: i === 0 ? 'Частично' : 'Нет' }).check();
    if (i === 0) await factor.getByRole('textbox').fill(NOTE);
  }
  await page.getByRole('textbox', { name: 'Заключение' }).fill('Оценка проведена по материалам дела и беседе.');
  // The autosave has caught up with the last change.
  await expect(page.getByTestId('risk-save-state')).toHaveText(/^Сохранено в \d/);
  await expectAccessible(page, 'assessment form, filled');

  const total = (await page.getByTestId('risk-running-total').innerText()).trim();
  const [, score, band] = /^Итого: (-?\d+) · Уровень: (.+)$/.exec(total) ?? [];
  expect(score, `running total "${total}"`).toBeDefined();

  // Submit: the confirmation names the score and the band.
  await page.getByRole('button', { name: 'Направить на утверждение' }).click();
  const dialog = page.getByRole('dialog', { name: 'Направить оценку на утверждение?' });
  await expect(dialog.getByRole('heading')).toBeFocused();
  await expect(dialog).toContainText(`Балл ${score}: ${band}`);
  await dialog.getByRole('button', { name: 'Направить', exact: true }).click();
  await expect(page.getByTestId('risk-status')).toHaveText('Ожидает утверждения');
  await expect(page.getByTestId('risk-band')).toHaveText(`Итого: ${score} · Уровень: ${band}`);
  await expect(page.getByRole('button', { name: 'Утвердить' })).toHaveCount(0);

  // The supervisor opens it from the notification and countersigns.
  await signInRussian(page, 'supervisor@demo.kz', baseURL!);
  await page.goto('/notifications');
  const notice = page.locator(`[data-testid="notification"][data-link="${assessmentPath}"]`);
  await expect(notice).toContainText('Оценка риска ожидает вашей подписи');
  await notice.getByRole('button', { name: 'Открыть' }).click();
  await expect(page).toHaveURL(new RegExp(`${assessmentPath}$`));
  await expect(page.getByTestId('risk-band')).toHaveText(`Итого: ${score} · Уровень: ${band}`);
  await expect(page.getByText(NOTE)).toBeVisible();
  await expectAccessible(page, 'countersignature');
  await page.getByRole('button', { name: 'Утвердить' }).click();
  const countersign = page.getByRole('dialog', { name: 'Утвердить эту оценку?' });
  await expect(countersign.getByRole('heading')).toBeFocused();
  await expect(countersign).toContainText(`Балл ${score}: ${band}`);
  await countersign.getByRole('button', { name: 'Утвердить' }).click();

  // Locked, with the band, who countersigned, and nothing left to change.
  await expect(page.getByTestId('risk-status')).toHaveText('Утверждена');
  await expect(page.getByTestId('risk-locked')).toContainText('оценка заблокирована');
  await expect(page.getByTestId('risk-band')).toHaveText(`Итого: ${score} · Уровень: ${band}`);
  await expect(page.getByText('Утвердил(а)')).toBeVisible();
  await expect(page.getByRole('button', { name: /Утвердить|Вернуть на доработку/ })).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);
});
