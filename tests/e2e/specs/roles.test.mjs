// Each goal's role on its card: a main goal, an indicator linked under a main goal, or a sub-goal linked
// to none; and a sure level 4-5 goal linked to none is proposed as a main goal (issue 21, point 5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, screenshot } from '../lib/harness.mjs';
import { PlansPage, openTab as tab, typeWhenFocused, addGoal } from '../lib/pages.mjs';

const s = suite();

const role = (card) => card.getByTestId('goal-role').textContent();

test('a second goal on level 5 is proposed as a main goal; linked under the first it is an indicator; made main it stays main after a reload', async () => {
  const { page } = await s.open();
  await new PlansPage(page).newPlan();
  await tab(page, 'objectives');
  await page.getByTestId('add-business-goal').click();
  await typeWhenFocused(page, 'More guests in the low season');
  const bg = page.getByTestId('business-goal');
  const followers = await addGoal(bg, 'Get 5000 followers on Instagram by June 2027', { main: true });
  const bookings = await addGoal(bg, 'Get 40 table bookings a month from Instagram by March 2027', { main: false });

  assert.equal(await role(followers), 'Answers to the business goal directly.');
  assert.equal(await followers.getByTestId('main-proposal').count(), 0, 'a main goal is not proposed as one');
  await bookings.getByTestId('main-proposal').waitFor();
  assert.equal(await role(bookings), 'Sub-goal, not linked to a main goal.');
  await screenshot(page, 'roles-proposal-1280');

  // Linked under the follower goal, it is that goal's indicator and no longer proposed.
  const parent = bookings.getByTestId('goal-parent');
  const options = await parent.locator('option').allTextContents();
  assert.deepEqual(options, ['No main goal', 'Get 5000 followers on Instagram by June 2027']);
  await parent.selectOption({ index: 1 });
  await page.waitForFunction(() => !document.querySelector('[data-testid="main-proposal"]'));
  assert.equal(await role(bookings), 'Indicator of the main goal “Get 5000 followers on Instagram by June 2027”.');

  // Unlinked again, the proposal returns; taken, the goal is a main goal.
  await parent.selectOption({ index: 0 });
  await bookings.getByTestId('main-proposal').waitFor();
  await bookings.getByTestId('make-main').click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="main-proposal"]'));
  assert.ok(await bookings.getByTestId('goal-is-main').isChecked());
  assert.equal(await role(bookings), 'Answers to the business goal directly.');
  assert.equal(await bookings.getByTestId('goal-parent').count(), 0, 'a main goal has no parent to pick');

  await page.reload();
  await tab(page, 'objectives');
  const cards = page.getByTestId('goal-card');
  await cards.nth(1).waitFor();
  const mains = await page.getByTestId('goal-is-main').evaluateAll((boxes) => boxes.map((b) => b.checked));
  assert.deepEqual(mains, [true, true]);
  assert.equal(await page.getByTestId('main-proposal').count(), 0);
});

test('a goal linked under a main goal keeps the link through a reload, and loses it when that goal stops being main', async () => {
  const { page } = await s.open({ locale: 'nb-NO' });
  await new PlansPage(page).newPlan();
  await tab(page, 'objectives');
  await page.getByTestId('add-business-goal').click();
  await typeWhenFocused(page, 'Flere gjester i lavsesongen');
  const bg = page.getByTestId('business-goal');
  const bookings = await addGoal(bg, '150 bordbestillinger via Instagram innen 31. mars 2027', { main: true });
  const followers = await addGoal(bg, 'Få 1000 nye følgere på Instagram innen 1. mars 2027', { main: false });
  await followers.getByTestId('goal-parent').selectOption({ index: 1 });
  await page.waitForFunction(() => /Indikator for hovedmålet/.test(document.querySelectorAll('[data-testid="goal-role"]')[1]?.textContent ?? ''));

  await page.reload();
  await tab(page, 'objectives');
  const second = page.getByTestId('goal-card').nth(1);
  await second.waitFor();
  assert.equal(await role(second), 'Indikator for hovedmålet «150 bordbestillinger via Instagram innen 31. mars 2027».');
  await screenshot(page, 'roles-indicator-nb-1280');

  // The parent is no main goal any more: its indicator is linked to none, and no main goal is left to pick.
  await page.getByTestId('goal-card').first().getByTestId('goal-is-main').uncheck();
  await page.waitForFunction(() => /ikke koblet/.test(document.querySelectorAll('[data-testid="goal-role"]')[1]?.textContent ?? ''));
  assert.equal(await second.getByTestId('goal-parent').count(), 0);
  // The former main goal, a sure level 5 linked to none, is now proposed as a main goal again.
  await bookings.getByTestId('main-proposal').waitFor();
});
