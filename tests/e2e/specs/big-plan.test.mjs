// A plan with many goals: only the goal cards near the screen are built, and every goal stays reachable by
// scrolling and by keyboard, with edits saved as in a small plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, screenshot, tempFile } from '../lib/harness.mjs';
import { PlansPage } from '../lib/pages.mjs';
import { planWithGoals } from '../bench/plans.mjs';
import { axe } from '../lib/axe.mjs';

const s = suite();
const GOALS = 120;

async function openBigPlan(page) {
  const list = new PlansPage(page);
  await list.importFile(await tempFile('big.goal-ladder.json', JSON.stringify(planWithGoals(GOALS, { title: 'Big plan' }))));
  await list.card('Big plan').getByTestId('plan-title').click();
  await page.getByTestId('tab-objectives').click();
  await page.getByTestId('goal-card').nth(GOALS - 1).waitFor({ state: 'attached' });
  await page.getByTestId('goal-statement').first().waitFor();
}

test('a big plan builds the goal cards near the screen only, and each goal can still be reached and edited', async () => {
  const { page } = await s.open();
  await openBigPlan(page);

  const built = await page.getByTestId('goal-statement').count();
  const placeholders = page.getByTestId('goal-placeholder');
  assert.ok(built >= 2 && built < 40, `a few cards are built (${built}), not all ${GOALS}`);
  assert.equal(built + (await placeholders.count()), GOALS, 'every goal is on the page, built or as a placeholder');
  // A placeholder shows the goal's words (so the browser's find-in-page finds them) and its level.
  const last = page.getByTestId('goal-card').last();
  assert.match(await last.textContent(), /Get 40 more table bookings per week from Instagram/);
  await screenshot(page, 'big-plan-objectives-1280');

  // Typing in the first goal re-scores it.
  const first = page.getByTestId('goal-card').first();
  await first.getByTestId('goal-statement').fill('Get 33 more table bookings per week from Instagram by March 2027');
  await assert.doesNotReject(page.waitForFunction(() => document.querySelector('[data-testid=goal-card] [data-testid=goal-level]')?.dataset.level === '5'));

  // Scrolling to the end builds the last card; an edit there is saved.
  await last.scrollIntoViewIfNeeded();
  const lastStatement = last.getByTestId('goal-statement');
  await lastStatement.waitFor();
  await lastStatement.fill('Get 12 inquiries a week from the last goal');
  assert.ok((await page.getByTestId('goal-statement').count()) < 40, 'cards far from the screen are let go again');

  // Keyboard: Tab from a built card into the next placeholder builds it and puts the focus in its statement.
  await page.evaluate(() => window.scrollTo(0, 0));
  await first.getByTestId('goal-statement').focus();
  let reachedPlaceholder = false;
  for (let i = 0; i < 60 && !reachedPlaceholder; i++) {
    await page.keyboard.press('Tab');
    const active = await page.evaluate(() => ({ id: document.activeElement?.id ?? '', tag: document.activeElement?.tagName }));
    // The statements of cards built by being tabbed into: each was a placeholder before.
    if (active.tag === 'TEXTAREA') {
      const index = await page.evaluate(() => [...document.querySelectorAll('[data-testid=goal-card]')].findIndex((c) => c.contains(document.activeElement)));
      if (index >= built) reachedPlaceholder = true;
    }
  }
  assert.ok(reachedPlaceholder, 'Tab reaches a goal that was a placeholder and lands in its statement');

  // A warning in the overview about a goal far down the list leads to that goal's statement.
  await page.getByTestId('tab-overview').click();
  const links = page.getByTestId('warning-list').locator('a[href*="/objectives"]');
  const target = await links.last().evaluate((a) => a.textContent);
  await links.last().click();
  await assert.doesNotReject(page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA'), 'focus lands in a statement');
  assert.equal(await page.evaluate(() => document.activeElement.value.slice(0, 20)), target.replace('…', '').slice(0, 20), 'the statement of the goal warned about');

  await page.reload();
  await page.getByTestId('goal-card').nth(GOALS - 1).waitFor({ state: 'attached' });
  const stored = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.includes('.plan.'))?.[1] ?? '');
  assert.match(stored, /Get 33 more table bookings per week/);
  assert.match(stored, /Get 12 inquiries a week from the last goal/);
});

test('a big plan with placeholders passes axe', async () => {
  const { page } = await s.open({ bypassCSP: true });
  await openBigPlan(page);
  assert.ok((await page.getByTestId('goal-placeholder').count()) > 80);
  // A placeholder is read as the goal's level and words.
  const name = await page.getByTestId('goal-placeholder').last().evaluate((b) => b.textContent.replace(/\s+/g, ' ').trim());
  assert.match(name, /^\d \p{L}+: \S.+/u, `"${name}"`);
  assert.deepEqual(await axe(page, 'big plan objectives'), []);
});
