// Accessibility: axe-core on every screen, light and dark, and the main flow by keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, screenshot } from '../lib/harness.mjs';
import { axe } from '../lib/axe.mjs';

const s = suite();

const SCREENS = ['overview', 'people', 'objectives', 'okr', 'strategy', 'technology'];

for (const theme of ['light', 'dark']) {
  test(`every screen passes axe in the ${theme} theme`, async () => {
    const app = await s.open({ colorScheme: theme, bypassCSP: true });
    const { page } = app;
    const violations = [];
    violations.push(...(await axe(page, 'plans (empty)')));
    await page.getByTestId('example-b2b').click();
    await page.getByTestId('plan-heading').waitFor();
    for (const screen of SCREENS) {
      await page.getByTestId(`tab-${screen}`).click();
      await page.locator('.section-body .screen').first().waitFor();
      // Open the folded parts too, so their fields are audited.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      violations.push(...(await axe(page, screen)));
      await screenshot(page, `${theme}-${screen}-1280`);
      if (theme === 'light') {
        await page.setViewportSize({ width: 360, height: 780 });
        await screenshot(page, `${theme}-${screen}-360`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 360) violations.push(`${screen}: the page is ${width} px wide at a 360 px viewport`);
        await page.setViewportSize({ width: 1280, height: 900 });
      }
    }
    await page.getByTestId('back-to-plans').click();
    violations.push(...(await axe(page, 'plans (one plan)')));
    await page.getByTestId('nav-library').click();
    await page.getByTestId('library-search').waitFor();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    violations.push(...(await axe(page, 'KPI library')));
    await screenshot(page, `${theme}-library-1280`);
    await page.setViewportSize({ width: 360, height: 780 });
    await screenshot(page, `${theme}-library-360`);
    assert.deepEqual(violations, []);
  });
}

test('a plan, a business goal and a goal can be made with the keyboard alone', async () => {
  const app = await s.open();
  const { page } = app;
  const press = (key, times = 1) => Array.from({ length: times }).reduce((p) => p.then(() => page.keyboard.press(key)), Promise.resolve());
  // Tab to "New plan" from the top of the page.
  for (let i = 0; i < 20; i++) {
    await press('Tab');
    if (await page.evaluate(() => document.activeElement?.dataset.testid === 'new-plan')) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'new-plan');
  await press('Enter');
  await page.getByTestId('plan-heading').waitFor();
  // To the Objectives tab, then its "Add business goal" button.
  for (let i = 0; i < 30; i++) {
    await press('Tab');
    if (await page.evaluate(() => document.activeElement?.dataset.testid === 'tab-objectives')) break;
  }
  await press('Enter');
  await page.getByTestId('add-business-goal').waitFor();
  for (let i = 0; i < 10; i++) {
    await press('Tab');
    if (await page.evaluate(() => document.activeElement?.dataset.testid === 'add-business-goal')) break;
  }
  await press('Enter');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'business-goal-input');
  await page.keyboard.type('More bookings');
  for (let i = 0; i < 5; i++) {
    await press('Tab');
    if (await page.evaluate(() => document.activeElement?.dataset.testid === 'add-goal')) break;
  }
  await press('Enter');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'goal-statement');
  await page.keyboard.type('50 bookings via Instagram by 1 May 2027');
  await page.getByTestId('goal-level').waitFor();
  assert.equal(await page.getByTestId('goal-level').getAttribute('data-level'), '5');
  await screenshot(page, 'keyboard-goal-1280');
});
