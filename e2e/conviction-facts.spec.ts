import { test, expect, signIn, expectAccessible } from './fixtures';

// Issue 13, the record's part: a conviction's risk facts are asked for in the add-conviction form,
// checked next to their fields, and shown on the person page ("not recorded" where unknown).

test('police add a prior non-sexual conviction: victim facts refused next to the field, then the facts shown', async ({ page }) => {
  await signIn(page, 'police@demo.kz');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto('/persons');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/persons\/[^/?]+$/);
  const section = page.getByRole('region', { name: 'Convictions' });
  await expect(section.getByRole('columnheader', { name: 'Risk facts' })).toBeVisible();
  const rowsBefore = await section.getByRole('row').count();

  await section.getByRole('button', { name: 'Add conviction' }).click();
  const caseNumber = `1-${Date.now().toString(36)}/2024`;
  await section.getByLabel('Criminal-code article').selectOption({ index: 1 });
  await section.getByLabel('Court', { exact: true }).selectOption({ index: 1 });
  await section.getByLabel('Case number').fill(caseNumber);
  await section.getByLabel('Verdict date').fill('2024-02-01');
  await section.getByLabel('Sentence end').fill('2024-08-01');
  await section.getByLabel('Kind of conviction').selectOption({ label: 'Prior non-sexual conviction' });
  await section.getByLabel('Victim’s sex').selectOption({ label: 'Female' });
  await section.getByLabel('Non-sexual violence in the same conviction').selectOption({ label: 'Yes, non-sexual violence' });
  await section.getByRole('button', { name: 'Save conviction' }).click();
  await expect(section.getByText('Only for a sexual offence: leave “Not recorded” for a prior non-sexual conviction.')).toBeVisible();
  await expect(section.getByLabel('Victim’s sex')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'add conviction with an error');

  await section.getByLabel('Victim’s sex').selectOption({ label: 'Not recorded' });
  await section.getByRole('button', { name: 'Save conviction' }).click();
  await expect(section.getByRole('row')).toHaveCount(rowsBefore + 1);
  const row = section.getByRole('row').filter({ hasText: 'Prior non-sexual conviction' }).filter({ hasText: '1 Feb 2024' });
  await expect(row.first()).toContainText('Non-sexual violence in the same conviction: Yes, non-sexual violence');
  // The demo person's own conviction shows its facts or "not recorded", never a blank.
  await expect(section.getByText(/Victim’s age:/).first()).toBeVisible();
  await expectAccessible(page, 'person page with risk facts');
});
