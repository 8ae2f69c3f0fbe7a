// The plan editor as a new user walks it: People, Objectives with live feedback, OKR, Technology, Overview.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, screenshot } from '../lib/harness.mjs';
import { PlansPage, openTab as tab, typeWhenFocused, addGoal } from '../lib/pages.mjs';

const s = suite();

const levelOf = (card) => card.getByTestId('goal-level').getAttribute('data-level');
const rulesOf = (card) => card.getByTestId('advice').evaluateAll((els) => els.map((e) => e.dataset.rule));

test('a new user builds a plan section by section and it survives reload, export and import', async () => {
  const app = await s.open();
  const { page } = app;
  const list = new PlansPage(page);
  const plan = await list.newPlan();
  await plan.title.fill('Café Sol');

  // Technology first would be the wrong order, but a platform must exist to tie an audience to it.
  await tab(page, 'technology');
  await page.getByTestId('platform-name').fill('Instagram');
  await page.keyboard.press('Enter');
  await page.getByTestId('platform-name').fill('TikTok');
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('platform-card').count(), 2);

  await tab(page, 'people');
  await page.getByTestId('add-audience').click();
  await typeWhenFocused(page, 'Students in Tromsø');
  const audience = page.getByTestId('audience-card');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-testid=audience-card]') !== null), true, 'focus moves to the new audience');
  await audience.getByRole('checkbox', { name: 'Instagram' }).check();
  await screenshot(page, 'editor-people-1280');

  await tab(page, 'objectives');
  await page.getByTestId('add-business-goal').click();
  await typeWhenFocused(page, 'More guests in the low season');
  const bg = page.getByTestId('business-goal');

  const sales = await addGoal(bg, 'Get 5000 followers on Instagram', { main: true });
  await assert.doesNotReject(sales.getByTestId('goal-level').waitFor());
  assert.equal(await levelOf(sales), '1', 'followers are visibility');
  assert.ok((await rulesOf(sales)).includes('ladder.main_goal_low'));
  await sales.getByTestId('goal-statement').fill('120 table bookings via Instagram by 31 March 2027');
  await page.waitForFunction(() => document.querySelector('[data-testid=goal-card] [data-testid=goal-level]')?.dataset.level === '5');
  assert.ok(!(await rulesOf(sales)).includes('ladder.main_goal_low'), 'the advice changes as the goal improves');

  const vanity = await addGoal(bg, 'Reach 10 000 followers on Instagram by June 2027 to increase sales', { main: true });
  assert.equal(await levelOf(vanity), '1');
  assert.ok((await rulesOf(vanity)).includes('ladder.measure_aim'));

  const activity = await addGoal(bg, 'Post 3 reels a week', { main: false });
  assert.equal(await levelOf(activity), '0');

  await sales.getByText('Metric, numbers and dates').click();
  await sales.getByTestId('goal-baseline').fill('40');
  await sales.getByTestId('goal-target').fill('120');
  await sales.getByTestId('goal-target').press('Tab');
  await sales.getByTestId('measurement-value').fill('65');
  await sales.getByTestId('add-measurement').click();
  assert.equal(await sales.getByTestId('measurement-row').count(), 1);
  await screenshot(page, 'editor-objectives-1280');

  await tab(page, 'okr');
  await page.getByTestId('add-objective').click();
  await typeWhenFocused(page, 'Become the students’ winter café');
  const objective = page.getByTestId('objective');
  const krs = [
    ['300 stamp cards filled in by students', '0', '300', '150'],
    ['40 new Google reviews', '100', '140', '128'],
    ['Launch a student campaign in January', '0', '1', ''],
  ];
  for (const [text, baseline, target, measured] of krs) {
    const index = await objective.getByTestId('key-result').count();
    await objective.getByTestId('add-key-result').click();
    const kr = objective.getByTestId('key-result').nth(index);
    await kr.getByTestId('kr-statement').fill(text);
    await kr.getByTestId('kr-baseline').fill(baseline);
    await kr.getByTestId('kr-target').fill(target);
    await kr.getByTestId('kr-target').press('Tab');
    if (measured) {
      await kr.getByTestId('kr-measurement').fill(measured);
      await kr.getByTestId('kr-measurement').press('Enter');
    }
  }
  assert.equal(await objective.getByTestId('key-result').count(), 3);
  assert.equal(await objective.getByTestId('kr-score').first().locator('.score-value').textContent(), '0.50');
  assert.equal(await objective.getByTestId('kr-score').nth(1).locator('.score-value').textContent(), '0.70');
  assert.equal(await objective.getByTestId('objective-score').locator('.score-value').textContent(), '0.60');
  assert.ok((await objective.getByTestId('key-result').last().getByTestId('kr-warning').count()) > 0, 'a task as key result is flagged');
  await screenshot(page, 'editor-okr-1280');
  await objective.getByTestId('key-result').nth(2).getByTestId('delete-key-result').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=key-result]').length === 2);
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('undo-'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=key-result]').length === 3);
  assert.equal(await objective.getByTestId('kr-statement').nth(2).inputValue(), 'Launch a student campaign in January', 'undo puts it back in its place');

  await page.reload();
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  await tab(page, 'overview');
  assert.equal(await page.getByTestId('count-main-high').locator('dd').textContent(), '1');
  assert.equal(await page.getByTestId('count-main-low').locator('dd').textContent(), '1');
  assert.equal(await page.getByTestId('count-sub').locator('dd').textContent(), '1');
  const warnings = await page.getByTestId('warning-list').textContent();
  assert.match(warnings, /TikTok/, 'a platform with no audience is warned about');
  assert.equal(await page.getByTestId('progress-item').count(), 1);
  await screenshot(page, 'editor-overview-1280');
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, 'editor-overview-360');
  await tab(page, 'objectives');
  await screenshot(page, 'editor-objectives-360');
  await page.setViewportSize({ width: 1280, height: 900 });

  const exported = await plan.exportPlan();
  const file = JSON.parse(exported.text);
  assert.equal(file.plan.goals.length, 3);
  assert.equal(file.plan.objectives[0].key_results.length, 3);
  const list2 = await plan.backToPlans();
  await list2.deletePlan('Café Sol');
  await list2.importFile(exported.file);
  await list2.card('Café Sol').waitFor();
  const again = await list2.exportPlan('Café Sol');
  assert.deepEqual(JSON.parse(again.text).plan, file.plan);
});

test('the review date, marking a review and the KPI library calculator', async () => {
  const app = await s.open();
  const { page } = app;
  const list = new PlansPage(page);
  await page.getByTestId('example-cafe').click();
  await page.getByTestId('plan-heading').waitFor();
  assert.match(await page.getByTestId('plan-heading').textContent(), /Nordlys/);
  await page.getByTestId('mark-reviewed').click();
  assert.equal(await page.getByTestId('review-history').locator('li').count(), 1);
  await screenshot(page, 'example-cafe-overview-1280');

  // The next period starts from the last measurement: the café's bookings were last measured at 96.
  // Focus follows by keyboard: to the choice of goals that replaces the button, back to the button on
  // Cancel, and to the new plan's heading once it is made.
  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
  await page.getByTestId('next-period').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'next-period-goals');
  await page.getByTestId('cancel-next-period').click();
  await page.waitForFunction(() => document.activeElement?.id === 'next-period-start');
  await page.getByTestId('next-period').click();
  await page.getByTestId('create-next-period').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=plan-heading]')?.textContent.includes('next period'));
  await page.waitForFunction(() => document.activeElement?.id === 'plan-heading');
  assert.equal(await focused(), 'plan-heading');
  await page.getByTestId('tab-objectives').click();
  const bookings = page.getByTestId('goal-card').first();
  assert.match(await bookings.getByTestId('goal-statement').inputValue(), /200 bordbestillinger/);
  await bookings.getByText('Metric, numbers and dates').click();
  assert.equal(await bookings.getByTestId('goal-baseline').inputValue(), '96');
  assert.equal(await bookings.getByTestId('measurement-row').count(), 0);
  await page.getByTestId('back-to-plans').click();
  await list.cards.nth(1).waitFor();
  assert.equal(await list.cards.count(), 2);

  await page.getByTestId('nav-library').click();
  await page.getByTestId('library-search').fill('click-through');
  const card = page.getByTestId('metric-card').first();
  await card.getByText('Calculator').click();
  await card.getByTestId('calc-clicks').fill('45');
  await card.getByTestId('calc-impressions').fill('1 500');
  assert.match(await card.getByTestId('calc-result').textContent(), /3\.00/);
  await screenshot(page, 'library-1280');
});
