// The goal coach: a café whose business goal is more guests writes a follower goal and a likes goal; the
// coach offers a bookings or inquiry goal that keeps Instagram and the deadline; "Make it the main goal",
// undo, take it again (the app's undo is a notice; it has no redo), reload: the plan holds what was chosen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, screenshot } from '../lib/harness.mjs';
import { PlansPage, openTab as tab, typeWhenFocused, addGoal } from '../lib/pages.mjs';

const s = suite();

const statements = (bg) => bg.getByTestId('goal-statement').evaluateAll((els) => els.map((e) => e.value));
const mains = (bg) => bg.getByTestId('goal-is-main').evaluateAll((els) => els.map((e) => e.checked));

test('the coach rewrites a follower goal into a main goal the plan keeps through undo and reload', async () => {
  const app = await s.open();
  const { page } = app;
  const plan = await new PlansPage(page).newPlan();
  await plan.title.fill('Kafé Sol');
  await tab(page, 'technology');
  await page.getByTestId('platform-name').fill('Instagram');
  await page.keyboard.press('Enter');

  await tab(page, 'objectives');
  await page.getByTestId('add-business-goal').click();
  await typeWhenFocused(page, 'More guests');
  const bg = page.getByTestId('business-goal');
  const followers = await addGoal(bg, 'Få 1000 nye følgere på Instagram innen 1. mars', { main: true });
  const likes = await addGoal(bg, 'More likes on our posts', { main: false });

  // The nb goal: the coach keeps Instagram and 1 March.
  const open = followers.getByTestId('coach-open');
  assert.equal(await open.getAttribute('aria-expanded'), 'false');
  await open.focus();
  await page.keyboard.press('Enter');
  assert.equal(await open.getAttribute('aria-expanded'), 'true');
  const first = followers.getByTestId('coach-suggestion').first();
  await first.waitFor();
  assert.ok(['4', '5'].includes(await first.getAttribute('data-level')));
  const rewrite = await first.getByTestId('coach-text').textContent();
  assert.match(rewrite, /Instagram/);
  assert.match(rewrite, /1\. mars/);
  await screenshot(page, 'coach-nb-1280');
  await page.setViewportSize({ width: 375, height: 800 });
  await first.scrollIntoViewIfNeeded();
  await screenshot(page, 'coach-nb-375');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The en goal names no channel: the plan's platform is used.
  await likes.getByTestId('coach-open').click();
  const en = likes.getByTestId('coach-suggestion').first();
  await en.waitFor();
  assert.ok(['4', '5'].includes(await en.getAttribute('data-level')));
  assert.match(await en.getByTestId('coach-text').textContent(), /Instagram/);

  // Make it the main goal: the rewrite above, the old goal kept as its indicator.
  const before = await statements(bg);
  await first.getByTestId('coach-make-main').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=business-goal] [data-testid=goal-card]').length === n, before.length + 1);
  assert.deepEqual(await statements(bg), [rewrite, ...before]);
  assert.deepEqual(await mains(bg), [true, false, false]);

  // Undo puts the plan back as it was.
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('undo-'));
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=business-goal] [data-testid=goal-card]').length === n, before.length);
  assert.deepEqual(await statements(bg), before);
  assert.deepEqual(await mains(bg), [true, false]);

  // Taken again, and it survives a reload.
  await followers.getByTestId('coach-open').click();
  await followers.getByTestId('coach-suggestion').first().getByTestId('coach-make-main').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=business-goal] [data-testid=goal-card]').length === n, before.length + 1);
  await page.reload();
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  await tab(page, 'objectives');
  const again = page.getByTestId('business-goal');
  await again.getByTestId('goal-card').nth(2).waitFor();
  assert.deepEqual(await statements(again), [rewrite, ...before]);
  assert.deepEqual(await mains(again), [true, false, false]);
});

test('the open coach at phone width, in English', async () => {
  const app = await s.open({ width: 375, height: 800 });
  const { page } = app;
  await new PlansPage(page).newPlan();
  await tab(page, 'objectives');
  await page.getByTestId('add-business-goal').click();
  await typeWhenFocused(page, 'More guests');
  const bg = page.getByTestId('business-goal');
  const likes = await addGoal(bg, 'More likes on our posts', { main: false });
  await likes.getByTestId('coach-open').click();
  await likes.getByTestId('coach-suggestion').first().waitFor();
  await likes.getByTestId('coach-suggestion').first().scrollIntoViewIfNeeded();
  await screenshot(page, 'coach-en-375');
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, 'coach-en-1280');
});
