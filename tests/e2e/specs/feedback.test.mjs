// Feedback that agrees with itself: the Overview's warnings for empty and unpromoted goals, the SMART
// checks beside the advice, and a deadline field that contradicts the goal's words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, screenshot } from '../lib/harness.mjs';
import { PlansPage, openTab as tab, typeWhenFocused, addGoal } from '../lib/pages.mjs';

const s = suite();

const warningRules = (page) => page.getByTestId('warning-list').locator('[data-rule]')
  .evaluateAll((items) => items.map((i) => i.dataset.rule));

async function addBusinessGoal(page, text) {
  await tab(page, 'objectives');
  await page.getByTestId('add-business-goal').click();
  await typeWhenFocused(page, text);
  return page.getByTestId('business-goal');
}

test('an empty plan has nothing to check yet, and an empty goal gets one warning in the interface language', async () => {
  const { page } = await s.open({ locale: 'nb-NO' });
  await new PlansPage(page).newPlan();
  await tab(page, 'overview');
  assert.match(await page.getByTestId('no-warnings').textContent(), /^Ingenting å sjekke ennå/);

  const bg = await addBusinessGoal(page, 'Flere gjester i lavsesongen');
  await addGoal(bg, '', { main: true });
  await tab(page, 'overview');
  await page.getByTestId('warning-list').waitFor();
  assert.deepEqual(await warningRules(page), ['goal.empty'], 'one warning, not the scorer\'s three');
  assert.match(await page.getByTestId('warning-list').textContent(), /Dette målet har ingen tekst ennå/);
});

test('a sub-goal on level 5 while every main goal is lower is pointed out, until it is made the main goal', async () => {
  const { page } = await s.open();
  await new PlansPage(page).newPlan();
  const bg = await addBusinessGoal(page, 'More guests in the low season');
  await addGoal(bg, 'Get 5000 followers on Instagram by June 2027', { main: true });
  const bookings = await addGoal(bg, 'Get 40 table bookings a month from Instagram by March 2027', { main: false });
  await tab(page, 'overview');
  await page.getByTestId('warning-list').waitFor();
  assert.ok((await warningRules(page)).includes('ladder.no_main_goal_high'));
  const link = page.getByTestId('warning-list').locator('[data-rule="ladder.no_main_goal_high"] a');
  assert.match(await link.textContent(), /^Get 40 table bookings/);
  await screenshot(page, 'feedback-unpromoted-1280');

  await link.click();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'goal-statement');
  await bookings.getByTestId('goal-is-main').check();
  await tab(page, 'overview');
  await page.getByTestId('warning-list').waitFor();
  assert.ok(!(await warningRules(page)).includes('ladder.no_main_goal_high'));
});

test('the café example: a follower goal "for sales" is not Relevant, and no goal contradicts its deadline', async () => {
  const { page } = await s.open();
  await page.getByTestId('example-cafe').click();
  await page.getByTestId('plan-heading').waitFor();
  await tab(page, 'objectives');
  await page.getByTestId('goal-card').first().waitFor();
  // The statement is a textarea's value, not its text, so the card is found by reading the values.
  const statements = await page.getByTestId('goal-statement').evaluateAll((fields) => fields.map((f) => f.value));
  const index = statements.findIndex((text) => text.includes('5000 følgere'));
  assert.ok(index >= 0, statements.join(' | '));
  const relevant = page.getByTestId('goal-card').nth(index).getByTestId('smart-relevant');
  assert.equal(await relevant.getAttribute('data-status'), 'not_met');
  // Each gap is said once: a SMART reason the advice already gives is not repeated above it.
  const said = await page.getByTestId('goal-card').nth(index).locator('.reasons li, [data-testid=advice]').allTextContents();
  const sentences = said.map((t) => t.replace(/^[^:]+: /, ''));
  assert.equal(new Set(sentences).size, sentences.length, sentences.join(' | '));
  assert.equal(sentences.filter((t) => t.includes('forfengelig')).length, 1, sentences.join(' | '));
  await tab(page, 'overview');
  await page.getByTestId('warning-list').waitFor();
  const rules = await warningRules(page);
  assert.ok(!rules.includes('smart.time_bound.field_differs'), rules.join(', '));
  assert.ok(rules.includes('vanity.metric_for_business_goal'), rules.join(', '));
});

test('the KPI library counts what it shows and says when nothing matches', async () => {
  const { page } = await s.open();
  await page.getByTestId('nav-library').click();
  const count = page.getByTestId('library-count');
  const all = Number((await count.textContent()).match(/^(\d+) metrics$/)?.[1]);
  assert.ok(all > 10, `the whole library is counted: ${await count.textContent()}`);
  await page.getByTestId('library-search').fill('follow');
  await page.waitForFunction((total) => {
    const m = (document.querySelector('[data-testid=library-count]')?.textContent ?? '').match(/^(\d+) metrics?$/);
    return m && Number(m[1]) < total && (m[1] === '1') === m[0].endsWith('metric');
  }, all);
  assert.equal(await page.getByTestId('metric-card').count(), Number((await count.textContent()).match(/^\d+/)[0]));
  await page.getByTestId('library-search').fill('zzzz');
  await page.waitForFunction(() => document.querySelector('[data-testid=library-count]')?.textContent.startsWith('No metric matches'));
  assert.equal(await page.getByTestId('metric-card').count(), 0);
});
