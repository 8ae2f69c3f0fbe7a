// The first user flow: plans that persist in the browser and travel as JSON files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, screenshot, tempFile, dropFile } from '../lib/harness.mjs';
import { PlansPage } from '../lib/pages.mjs';

const s = suite();

test('the page starts cleanly and invites a first plan', async () => {
  const app = await s.open();
  const { page } = app;
  await assert.doesNotReject(page.getByRole('heading', { name: 'Your plans' }).waitFor());
  assert.equal(await page.getByTestId('no-plans').isVisible(), true);
  assert.equal(await page.title(), 'Goal Ladder');
  await screenshot(page, 'plans-empty-1280');
  await page.setViewportSize({ width: 360, height: 740 });
  await screenshot(page, 'plans-empty-360');
});

test('a new plan is saved and is still there after a reload', async () => {
  const app = await s.open();
  const { page } = app;
  const plansPage = new PlansPage(page);
  const plan = await plansPage.newPlan();
  await plan.title.fill('Café Sol');
  await plan.description.fill('A café in Tromsø that is quiet from January to March.');
  assert.equal(await plan.heading.textContent(), 'Café Sol');
  await screenshot(page, 'plan-1280');
  await page.reload();
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  assert.equal(await plan.title.inputValue(), 'Café Sol', 'the opened plan survives a reload too');
  const list = await plan.backToPlans();
  await list.card('Café Sol').waitFor();
  assert.match(await list.card('Café Sol').textContent(), /quiet from January to March/);
  await page.reload();
  await list.card('Café Sol').waitFor();
  assert.equal(await list.cards.count(), 1);
  await screenshot(page, 'plans-one-1280');
});

test('export, delete and import give back the same plan', async () => {
  const app = await s.open();
  const { page } = app;
  const list = new PlansPage(page);
  const plan = await list.newPlan();
  await plan.title.fill('Kommune <Nord> & "Sør"');
  await plan.description.fill('Rekruttering av sykepleiere – «høsten 2027»');
  const exported = await plan.exportPlan();
  assert.equal(exported.name, 'Kommune Nord Sør.goal-ladder.json');
  const file = JSON.parse(exported.text);
  assert.equal(file.format, 'goal-ladder-plan');
  assert.equal(file.version, 1);
  assert.match(file.exported_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.equal(file.plan.title, 'Kommune <Nord> & "Sør"');
  assert.deepEqual(Object.keys(file), ['format', 'version', 'exported_at', 'plan']);
  assert.ok(exported.text.startsWith('{\n  "format"'), 'pretty-printed');

  await plan.backToPlans();
  await list.deletePlan('Kommune <Nord> & "Sør"');
  await page.getByTestId('no-plans').waitFor();
  assert.equal(await list.cards.count(), 0);

  await list.importFile(exported.file);
  await list.card('Kommune <Nord> & "Sør"').waitFor();
  assert.match(await list.notices.last().textContent(), /Imported/);
  const again = await list.exportPlan('Kommune <Nord> & "Sør"');
  assert.deepEqual(JSON.parse(again.text).plan, file.plan, 'same content after the round trip');
});

test('a broken file is refused with line and column and nothing changes', async () => {
  const app = await s.open();
  const { page } = app;
  const list = new PlansPage(page);
  await (await list.newPlan()).backToPlans();
  const before = await list.storage();
  const broken = await tempFile('broken.goal-ladder.json', '{\n  "format": "goal-ladder-plan",\n  "version": 1\n  "plan": {}\n}');
  await list.importFile(broken);
  const notice = list.notices.filter({ hasText: 'broken.goal-ladder.json' });
  await notice.waitFor();
  assert.match(await notice.textContent(), /line 4, column 3/);
  assert.match(await notice.textContent(), /Nothing was changed/);
  await screenshot(page, 'import-error-1280');

  for (const [name, text, expected] of [
    ['other.json', '{"format": "photoshop-swatches", "version": 1}', /not a Goal Ladder plan/],
    ['future.goal-ladder.json', '{"format": "goal-ladder-plan", "version": 7, "plan": {}}', /newer Goal Ladder/],
    ['empty.json', '', /empty/],
  ]) {
    await list.importFile(await tempFile(name, text));
    const n = list.notices.filter({ hasText: name });
    await n.waitFor();
    assert.match(await n.textContent(), expected);
  }
  assert.deepEqual(await list.storage(), before, 'storage is untouched by failed imports');
  assert.equal(await list.cards.count(), 1);
});

test('a plan file dropped on the page is imported', async () => {
  const app = await s.open();
  const { page } = app;
  const list = new PlansPage(page);
  const text = JSON.stringify({ format: 'goal-ladder-plan', version: 1, exported_at: '2026-11-01T10:00:00.000Z', plan: { id: 'dropped', title: 'Dropped plan', description: 'From a file' } });
  await dropFile(page, 'dropped.goal-ladder.json', text);
  await list.card('Dropped plan').waitFor();
  assert.equal(await page.locator('.drop-overlay.visible').count(), 0, 'the drop overlay is gone');
});

test('rename, duplicate and an undone delete', async () => {
  const app = await s.open();
  const { page } = app;
  const list = new PlansPage(page);
  await (await list.newPlan()).backToPlans();
  const card = list.cards.first();
  await card.getByRole('button', { name: 'Rename' }).click();
  await page.getByTestId('rename-input').fill('Bakery Bergen');
  await page.keyboard.press('Enter');
  await list.card('Bakery Bergen').waitFor();
  await list.card('Bakery Bergen').getByRole('button', { name: 'Duplicate' }).click();
  await list.card('Bakery Bergen (copy)').waitFor();
  assert.equal(await list.cards.count(), 2);

  await list.deletePlan('Bakery Bergen');
  await list.card('Bakery Bergen').waitFor({ state: 'detached' });
  assert.equal(await list.cards.count(), 1);
  await screenshot(page, 'plans-undo-1280');
  await list.notices.getByRole('button', { name: 'Undo' }).click();
  await list.card('Bakery Bergen').waitFor();
  await page.reload();
  await list.card('Bakery Bergen').waitFor();
  assert.equal(await list.cards.count(), 2, 'the undone delete is saved too');
});

test('importing a plan that is already here asks: keep both, or replace', async () => {
  const app = await s.open();
  const { page } = app;
  const list = new PlansPage(page);
  const plan = await list.newPlan();
  await plan.title.fill('Same plan');
  const exported = await plan.exportPlan();
  await plan.description.fill('Edited after the export');
  await plan.backToPlans();

  await list.importFile(exported.file);
  const ask = list.notices.filter({ hasText: 'already here' });
  await ask.waitFor();
  await ask.getByTestId('keep-both').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=plan-card]').length === 2);
  await list.card('Same plan (imported)').waitFor();

  await list.importFile(exported.file);
  await list.notices.filter({ hasText: 'already here' }).getByTestId('resolve-alternative').click();
  await list.notices.filter({ hasText: 'was replaced by the file' }).waitFor();
  assert.equal(await list.cards.count(), 2);
  const descriptions = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('goal-ladder.v1.plan.')).map(([, v]) => JSON.parse(v).plan.description));
  assert.ok(!descriptions.includes('Edited after the export'), 'the plan here was replaced by the file');
  await list.notices.filter({ hasText: 'was replaced by the file' }).getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('Edited after the export')));
});

test('a file with fields this version does not know is imported, and the fields are named', async () => {
  const app = await s.open();
  const { page } = app;
  const list = new PlansPage(page);
  const text = JSON.stringify({
    format: 'goal-ladder-plan', version: 1, exported_at: '2026-11-01T10:00:00.000Z', comment: 'from a teacher',
    plan: { id: 'with-extras', title: 'Plan with extras', colour: 'green', goals: [{ id: 'g1', statement: '50 bookings via Instagram', mood: 'happy' }] },
  });
  await list.importFile(await tempFile('extras.goal-ladder.json', text));
  await list.card('Plan with extras').waitFor();
  const notice = list.notices.filter({ hasText: 'does not know' });
  await notice.waitFor();
  const said = await notice.textContent();
  for (const path of ['comment', 'plan.colour', 'plan.goals[0].mood']) assert.ok(said.includes(path), `${path} is named in: ${said}`);
});
