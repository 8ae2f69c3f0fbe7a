// The goal coach: a café whose business goal is more guests writes a follower goal and a likes goal; the
// coach offers a bookings or inquiry goal that keeps Instagram, the deadline and the user's own number as
// written, and marks what it proposed; "Make it the main goal", undo, redo, reload: the plan holds exactly
// what was chosen, the old goal linked under the new one. A way to measure it goes to Technology with a click.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, screenshot } from '../lib/harness.mjs';
import { PlansPage, openTab as tab, typeWhenFocused, addGoal } from '../lib/pages.mjs';

const s = suite();

// The coach engine's files the page has fetched so far (its own requests, not the service worker's).
const engineRequests = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .map((e) => new URL(e.name).pathname.split('/').pop())
  .filter((name) => name.startsWith('coach_engine')));

const statements = (bg) => bg.getByTestId('goal-statement').evaluateAll((els) => els.map((e) => e.value));
const mains = (bg) => bg.getByTestId('goal-is-main').evaluateAll((els) => els.map((e) => e.checked));
// The goals as saved: statement, whether main, and the goal each is linked under.
const storedGoals = (page) => page.evaluate(() => {
  const key = Object.keys(localStorage).find((k) => k.startsWith('goal-ladder.v1.plan.'));
  return JSON.parse(localStorage.getItem(key)).plan.goals
    .map((g) => ({ id: g.id, statement: g.statement, is_main: !!g.is_main, parent: g.parent ?? null }));
});

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

  // The coach's engine is a wasm of its own: the page has not asked for it before a coach panel opens.
  assert.deepEqual(await engineRequests(page), [], 'the coach engine is not fetched before the coach is opened');

  // The nb goal: the coach keeps Instagram and 1 March.
  const open = followers.getByTestId('coach-open');
  assert.equal(await open.getAttribute('aria-expanded'), 'false');
  await open.focus();
  await page.keyboard.press('Enter');
  assert.equal(await open.getAttribute('aria-expanded'), 'true');
  const first = followers.getByTestId('coach-suggestion').first();
  await first.waitFor();
  // Opening the panel loaded it: its script and its wasm, once each.
  const loaded = await engineRequests(page);
  assert.equal(loaded.filter((f) => /^coach_engine-[0-9a-f]{16}\.js$/.test(f)).length, 1, loaded.join(', '));
  assert.equal(loaded.filter((f) => /^coach_engine-[0-9a-f]{16}_bg\.wasm$/.test(f)).length, 1, loaded.join(', '));
  assert.ok(['4', '5'].includes(await first.getAttribute('data-level')));
  const rewrite = await first.getByTestId('coach-text').textContent();
  assert.match(rewrite, /Instagram/);
  assert.match(rewrite, /1\. mars/);
  await screenshot(page, 'coach-nb-1280');
  await page.setViewportSize({ width: 375, height: 800 });
  await first.scrollIntoViewIfNeeded();
  await screenshot(page, 'coach-nb-375');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The en goal names no channel: the plan's platform is used. A second panel finds the engine loaded.
  await likes.getByTestId('coach-open').click();
  const en = likes.getByTestId('coach-suggestion').first();
  await en.waitFor();
  assert.equal((await engineRequests(page)).length, loaded.length, 'the engine is loaded once for the page');
  assert.ok(['4', '5'].includes(await en.getAttribute('data-level')));
  assert.match(await en.getByTestId('coach-text').textContent(), /Instagram/);

  // The en goal's number and date are the coach's: marked in the text as proposals.
  const proposed = await en.getByTestId('coach-proposal').allTextContents();
  assert.ok(proposed.length >= 1, 'the coach marks what it proposed');
  const enText = await en.getByTestId('coach-text').textContent();
  for (const p of proposed) assert.ok(enText.includes(p), `${p} is in ${enText}`);
  // The nb goal's number is the user's, as they wrote it, and nothing in it is marked.
  assert.match(rewrite, /^1000 /);
  assert.equal(await first.getByTestId('coach-proposal').count(), 0);

  // Make it the main goal: the rewrite above, the old goal kept as its indicator, linked under it.
  const before = await statements(bg);
  await first.getByTestId('coach-make-main').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=business-goal] [data-testid=goal-card]').length === n, before.length + 1);
  assert.deepEqual(await statements(bg), [rewrite, ...before]);
  assert.deepEqual(await mains(bg), [true, false, false]);
  const chosen = await storedGoals(page);
  assert.deepEqual(chosen.map((g) => g.statement), [rewrite, ...before]);
  const [main, old] = chosen;
  assert.equal(old.parent, main.id, 'the old goal is linked under the new main goal');
  assert.equal(chosen[2].parent, null);
  assert.match(await bg.getByTestId('goal-card').nth(1).getByTestId('goal-role').textContent(), new RegExp(rewrite.slice(0, 20)));

  // Undo puts the plan back as it was, the old goal a main goal linked to none again.
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('undo-'));
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=business-goal] [data-testid=goal-card]').length === n, before.length);
  assert.deepEqual(await statements(bg), before);
  assert.deepEqual(await mains(bg), [true, false]);
  const undone = await storedGoals(page);
  assert.deepEqual(undone.map((g) => [g.statement, g.is_main, g.parent]), [[before[0], true, null], [before[1], false, null]]);

  // Redo, from the message that takes the focus: the same goal comes back, with the same id and link.
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('redo-'));
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=business-goal] [data-testid=goal-card]').length === n, before.length + 1);
  assert.deepEqual(await statements(bg), [rewrite, ...before]);
  assert.deepEqual(await mains(bg), [true, false, false]);
  assert.deepEqual(await storedGoals(page), chosen);

  // And it survives a reload, exactly as chosen.
  await page.reload();
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  await tab(page, 'objectives');
  const again = page.getByTestId('business-goal');
  await again.getByTestId('goal-card').nth(2).waitFor();
  assert.deepEqual(await statements(again), [rewrite, ...before]);
  assert.deepEqual(await mains(again), [true, false, false]);
  assert.deepEqual(await storedGoals(page), chosen);

  // A way to measure the new goal's result goes to Technology with a click, once.
  const indicator = again.getByTestId('goal-card').nth(1);
  await indicator.getByTestId('coach-open').click();
  const suggestion = indicator.getByTestId('coach-suggestion').first();
  await suggestion.waitFor();
  await suggestion.getByTestId('coach-ways').locator('summary').click();
  const way = suggestion.getByTestId('coach-way').first();
  const wayId = await way.getAttribute('data-way');
  const wayText = (await way.locator('span').textContent()).trim();
  const add = way.getByTestId('coach-add-way');
  assert.equal(await add.textContent(), 'Add to Technology');
  await add.click();
  await page.getByTestId('notice').filter({ hasText: 'Added to Technology' }).waitFor();
  assert.equal(await add.isDisabled(), true, 'a way the plan has is not added twice');
  assert.equal(await add.textContent(), 'In Technology');
  await suggestion.scrollIntoViewIfNeeded();
  await screenshot(page, 'coach-ways-en-1280');
  await tab(page, 'technology');
  const measuring = page.getByTestId('measuring-way');
  // The section renders after the tab click; wait for it before reading the list.
  await measuring.first().waitFor();
  assert.deepEqual(await measuring.evaluateAll((els) => els.map((e) => [e.dataset.way, e.querySelector('span').textContent])), [[wayId, wayText]]);
  await page.reload();
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  await tab(page, 'technology');
  await page.getByTestId('measuring-way').first().waitFor();
  assert.deepEqual(await page.getByTestId('measuring-way').evaluateAll((els) => els.map((e) => e.dataset.way)), [wayId]);
  await screenshot(page, 'coach-technology-1280');
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

test('while the engine loads the panel says so, and a failed load can be tried again', async () => {
  // No service worker, so that the route below sees the page's requests for the engine.
  const app = await s.open({ serviceWorkers: 'block' });
  const { page } = app;
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let failNext = true;
  await page.route('**/coach_engine-*_bg.wasm*', async (route) => {
    await held;
    if (failNext) {
      failNext = false;
      await route.abort('internetdisconnected');
    } else {
      await route.continue();
    }
  });
  await new PlansPage(page).newPlan();
  await tab(page, 'objectives');
  await page.getByTestId('add-business-goal').click();
  await typeWhenFocused(page, 'Flere gjester');
  const bg = page.getByTestId('business-goal');
  const goal = await addGoal(bg, 'Få 1000 nye følgere på Instagram innen 1. mars', { main: false });
  await goal.getByTestId('coach-open').click();
  const panel = goal.getByTestId('coach-panel');
  await panel.getByTestId('coach-loading').waitFor();
  assert.equal(await panel.getByTestId('coach-loading').textContent(), 'Writing suggestions…');
  release();
  const error = panel.getByTestId('coach-error');
  await error.waitFor();
  assert.match(await error.textContent(), /could not be loaded/);
  assert.equal(await error.getAttribute('role'), 'alert');
  await screenshot(page, 'coach-load-failed-1280');
  await panel.getByTestId('coach-retry').click();
  const first = panel.getByTestId('coach-suggestion').first();
  await first.waitFor();
  assert.ok(['4', '5'].includes(await first.getAttribute('data-level')));
  assert.equal(await error.count(), 0);
  // The failed request is the browser's console error the test caused; nothing else may be there.
  const expected = (e) => /Failed to load resource|ERR_INTERNET_DISCONNECTED|coach_engine/.test(e);
  const others = app.errors.filter((e) => !expected(e));
  app.errors.splice(0, app.errors.length, ...others);
});
