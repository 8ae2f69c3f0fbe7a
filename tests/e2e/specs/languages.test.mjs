// The main flow in each of the four languages: the interface, the level names and the advice follow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, screenshot } from '../lib/harness.mjs';

const s = suite();

const CASES = [
  { lang: 'en', locale: 'en-GB', plans: 'Your plans', tab: 'Objectives', goal: 'Get 5000 followers on Instagram by June 2027 to increase sales', level: '1 visibility', advice: /level 4 or 5/ },
  { lang: 'nb', locale: 'nb-NO', plans: 'Planene dine', tab: 'Mål', goal: 'Få 5000 følgere på Instagram innen sommeren for å øke salget', level: '1 synlighet', advice: /nivå 4 eller 5/ },
  { lang: 'sv', locale: 'sv-SE', plans: 'Dina planer', tab: 'Mål', goal: 'Få 5000 följare på Instagram före sommaren för att öka försäljningen', level: '1 synlighet', advice: /nivå 4 eller 5/ },
  { lang: 'da', locale: 'da-DK', plans: 'Dine planer', tab: 'Mål', goal: 'Få 5000 følgere på Instagram inden sommeren for at øge salget', level: '1 synlighed', advice: /niveau 4 eller 5/ },
];

for (const c of CASES) {
  test(`the main flow in ${c.lang}, taken from the browser's language`, async () => {
    const app = await s.open({ locale: c.locale });
    const { page } = app;
    await page.getByRole('heading', { name: c.plans }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), c.lang);
    assert.equal(await page.getByTestId('language').inputValue(), c.lang);
    await page.getByTestId('new-plan').click();
    await page.getByTestId('tab-objectives').click();
    assert.equal((await page.getByTestId('tab-objectives').textContent()).trim(), c.tab);
    await page.getByTestId('add-business-goal').click();
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'business-goal-input');
    await page.keyboard.type('Sales');
    await page.getByTestId('add-goal').click();
    await page.getByTestId('goal-statement').fill(c.goal);
    await page.getByTestId('goal-level').waitFor();
    assert.equal((await page.getByTestId('goal-level').textContent()).trim(), c.level);
    const advice = (await page.getByTestId('advice').allTextContents()).join(' ');
    assert.match(advice, c.advice);
    await screenshot(page, `objectives-${c.lang}-1280`);
    await page.setViewportSize({ width: 360, height: 780 });
    await screenshot(page, `objectives-${c.lang}-360`);
  });
}

test('the language can be switched at any time and is remembered', async () => {
  const app = await s.open({ locale: 'en-GB' });
  const { page } = app;
  await page.getByTestId('language').selectOption('sv');
  await page.getByRole('heading', { name: 'Dina planer' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Dina planer' }).waitFor();
  await page.getByTestId('theme').selectOption('dark');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.getByTestId('example-municipality').click();
  await page.getByTestId('plan-heading').waitFor();
  await screenshot(page, 'overview-sv-dark-1280');
  await page.setViewportSize({ width: 360, height: 780 });
  await screenshot(page, 'overview-sv-dark-360');
  await page.getByTestId('language').selectOption('nb');
  await page.getByTestId('tab-objectives').click();
  await screenshot(page, 'objectives-nb-dark-360');
});

for (const lang of ['nb', 'sv']) {
  for (const colorScheme of ['light', 'dark']) {
    test(`the main screens in ${lang}, ${colorScheme}, at 1280 and 360 px`, async () => {
      const app = await s.open({ locale: lang === 'nb' ? 'nb-NO' : 'sv-SE', colorScheme });
      const { page } = app;
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).colorScheme || getComputedStyle(document.documentElement).colorScheme), colorScheme);
      await screenshot(page, `plans-${lang}-${colorScheme}-1280`);
      await page.getByTestId('example-cafe').click();
      await page.getByTestId('plan-heading').waitFor();
      for (const section of ['overview', 'objectives', 'okr']) {
        await page.getByTestId(`tab-${section}`).click();
        await page.setViewportSize({ width: 1280, height: 900 });
        await screenshot(page, `${section}-${lang}-${colorScheme}-1280`);
        await page.setViewportSize({ width: 360, height: 780 });
        await screenshot(page, `${section}-${lang}-${colorScheme}-360`);
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), `${section} fits 360 px`);
      }
    });
  }
}
