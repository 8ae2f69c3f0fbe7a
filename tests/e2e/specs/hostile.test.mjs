// Hostile and racing inputs: two tabs on one plan never silently overwrite or close each other's work,
// and a file or link built to exhaust the page is refused while the page stays responsive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import fs from 'node:fs/promises';
import { suite, tempFile } from '../lib/harness.mjs';
import { PlansPage, PlanPage } from '../lib/pages.mjs';

const s = suite();

const storedPlans = (page) => page.evaluate(() => Object.entries(localStorage)
  .filter(([k]) => k.startsWith('goal-ladder.v1.plan.'))
  .map(([, v]) => JSON.parse(v).plan));

/// A second tab of the same browser, ready, on the plan list. Its `storage` events (another tab's
/// saves) can be held back with [`holdStorageEvents`], as when a busy tab has not heard of them yet.
async function secondTab(app) {
  const b = await app.newPage();
  await b.addInitScript(() => {
    window.__holding = false;
    const add = window.addEventListener.bind(window);
    window.addEventListener = (type, listener, options) => add(type, type === 'storage'
      ? (e) => { if (!window.__holding) listener(e); }
      : listener, options);
  });
  await b.goto(s.server.url);
  await b.getByTestId('app-ready').waitFor({ state: 'attached' });
  return b;
}

/// From now on `page` learns of another tab's save only when it tries to save itself.
async function holdStorageEvents(page) {
  await page.evaluate(() => { window.__holding = true; });
}

/// Types one character into `field` and returns how long the page took from the input event to the
/// next frame after it, in ms.
async function keystrokeLatency(page, field) {
  await field.focus();
  await page.evaluate(() => {
    window.__latency = null;
    document.addEventListener('input', (e) => {
      const start = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => { window.__latency = performance.now() - start; }, 0));
    }, { once: true, capture: true });
  });
  await page.keyboard.type('x');
  await page.waitForFunction(() => window.__latency !== null, null, { timeout: 5_000 });
  return page.evaluate(() => window.__latency);
}

test('an import that replaces a plan in tab A is never undone by tab B, which is told', async () => {
  const app = await s.open();
  const a = app.page;
  const listA = new PlansPage(a);
  const planA = await listA.newPlan();
  await planA.title.fill('Shared plan');
  await planA.description.fill('First words');
  const exported = await planA.exportPlan();
  await planA.backToPlans();

  const b = await secondTab(app);
  const listB = new PlansPage(b);
  await listB.card('Shared plan').getByTestId('plan-title').click();
  const planB = new PlanPage(b);
  await planB.description.waitFor();
  // Tab B edits a few times, so its revision is well ahead of the file's.
  for (const word of ['B one', 'B two', 'B three']) await planB.description.fill(word);

  // Tab A replaces the plan with the older file while tab B does not hear of it yet.
  await holdStorageEvents(b);
  const file = JSON.parse(exported.text);
  file.plan.description = 'From the imported file';
  await listA.importFile(await tempFile('shared.goal-ladder.json', JSON.stringify(file)));
  await listA.notices.getByTestId('resolve-alternative').click();
  await a.waitForFunction(() => Object.entries(localStorage).some(([k, v]) => k.startsWith('goal-ladder.v1.plan.') && v.includes('From the imported file')));

  // Tab B types on its older copy: the save is refused and B is asked.
  await planB.description.fill('B after the import');
  const clash = b.getByTestId('notice').filter({ hasText: 'changed in another tab' });
  await clash.waitFor();
  assert.deepEqual((await storedPlans(b)).map((p) => p.description), ['From the imported file'], "B did not overwrite A's import");

  // B keeps its copy as a new plan; A's import stays where it was.
  await clash.getByTestId('keep-both').click();
  await b.reload();
  await b.getByTestId('app-ready').waitFor({ state: 'attached' });
  const descriptions = (await storedPlans(b)).map((p) => p.description).sort();
  assert.deepEqual(descriptions, ['B after the import', 'From the imported file']);
  await b.getByTestId('back-to-plans').click().catch(() => {});
  await listB.card('Shared plan').waitFor();
  await listB.card('Shared plan (this tab)').waitFor();
});

test("another tab's edit shows in an open plan with a notice, and typing goes on from it", async () => {
  const app = await s.open();
  const a = app.page;
  const planA = await new PlansPage(a).newPlan();
  await planA.title.fill('Shared plan');
  const b = await secondTab(app);
  await new PlansPage(b).card('Shared plan').getByTestId('plan-title').click();
  const planB = new PlanPage(b);
  await planB.description.waitFor();

  await planA.description.fill('Written in A');
  await b.getByTestId('notice').filter({ hasText: 'changed in another tab; this tab now shows' }).waitFor();
  assert.equal(await planB.description.inputValue(), 'Written in A');
  await planB.description.fill('Written in A, then in B');
  await b.reload();
  await b.getByTestId('app-ready').waitFor({ state: 'attached' });
  assert.deepEqual((await storedPlans(b)).map((p) => p.description), ['Written in A, then in B']);
  assert.equal(await b.getByTestId('notice').filter({ hasText: 'changed in another tab too' }).count(), 0);
});

test('a plan deleted in tab A stays open in tab B with a notice, and Restore writes it back', async () => {
  const app = await s.open();
  const a = app.page;
  const listA = new PlansPage(a);
  const planA = await listA.newPlan();
  await planA.title.fill('Doomed plan');
  await planA.backToPlans();

  const b = await secondTab(app);
  await new PlansPage(b).card('Doomed plan').getByTestId('plan-title').click();
  const planB = new PlanPage(b);
  await planB.description.waitFor();
  await planB.description.fill('Typed in B');

  await listA.deletePlan('Doomed plan');
  const notice = b.getByTestId('notice').filter({ hasText: 'deleted in another tab' });
  await notice.waitFor();
  assert.equal(await planB.heading.textContent(), 'Doomed plan', 'the plan stays open in B');
  // Typing goes on here but is not written over the deletion until the user chooses.
  await planB.description.fill('Typed in B after the deletion');
  assert.deepEqual(await storedPlans(b), [], 'the deletion is not silently undone');

  await notice.getByTestId('restore').click();
  await notice.waitFor({ state: 'detached' });
  const stored = await storedPlans(b);
  assert.deepEqual(stored.map((p) => [p.title, p.description]), [['Doomed plan', 'Typed in B after the deletion']]);
  await listA.card('Doomed plan').waitFor();
  await b.reload();
  await b.getByTestId('app-ready').waitFor({ state: 'attached' });
  assert.equal(await planB.description.inputValue(), 'Typed in B after the deletion');
});

/// Raw deflate with the CRC-32 of the kind letter and the deflated bytes before it, in base64url.
function shareLink(kind, json) {
  const deflated = zlib.deflateRawSync(Buffer.from(json), { level: 9 });
  const crc = zlib.crc32(deflated, zlib.crc32(Buffer.from(kind)));
  const head = Buffer.alloc(4);
  head.writeUInt32BE(crc >>> 0);
  return `gl1.${kind}.${Buffer.concat([head, deflated]).toString('base64url')}`;
}

test('700 000 empty goals in a file or a link are refused, and the page stays responsive and whole', async () => {
  const app = await s.open();
  const { page } = app;
  const list = new PlansPage(page);
  const plan = await list.newPlan();
  await plan.title.fill('Kept plan');
  await plan.description.fill('Kept words');
  await plan.backToPlans();
  const before = await storedPlans(page);

  const goals = new Array(700_000).fill('{}').join(',');
  const json = `{"format":"goal-ladder-plan","version":1,"plan":{"id":"bomb","title":"Bomb","goals":[${goals}]}}`;
  const padded = json + ' '.repeat(5 * 1024 * 1024 - json.length - 1024);
  await list.importFile(await tempFile('bomb.goal-ladder.json', padded));
  const refused = list.notices.filter({ hasText: 'bomb.goal-ladder.json' });
  await refused.waitFor({ timeout: 10_000 });
  assert.match(await refused.textContent(), /goals/);
  assert.equal(await list.cards.count(), 1, 'nothing was imported');

  await list.card('Kept plan').getByTestId('plan-title').click();
  const latency = await keystrokeLatency(page, plan.description);
  assert.ok(latency < 100, `the next keystroke painted after ${latency} ms`);

  // A short link that inflates to the same goals, and a link far over the size of any link.
  for (const link of [shareLink('p', json.replace('"Bomb"', '"Link bomb"')), `gl1.p.${'A'.repeat(2_000_000)}`]) {
    await page.goto(`${s.server.url}#/open/${link}`);
    await page.getByTestId('link-error').waitFor({ timeout: 10_000 });
    assert.ok((await page.getByTestId('link-error').textContent()).length > 10, 'the error says what happened');
  }
  await page.goto(s.server.url);
  await list.card('Kept plan').getByTestId('plan-title').click();
  const again = await keystrokeLatency(page, plan.description);
  assert.ok(again < 100, `after the links the next keystroke painted after ${again} ms`);

  await page.reload();
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  const after = await storedPlans(page);
  assert.equal(after.length, 1);
  assert.deepEqual([after[0].title, after[0].description], ['Kept plan', 'Kept wordsxx']);
  assert.equal(after[0].id, before[0].id);
});

test('a text of 200 000 characters without a space, in a file or in a link, is refused in a moment, and typing goes on', async () => {
  const app = await s.open();
  const { page } = app;
  const list = new PlansPage(page);
  const plan = await list.newPlan();
  await plan.title.fill('Kept plan');
  await plan.backToPlans();

  const word = 'x'.repeat(200_000);
  const file = `{"format":"goal-ladder-plan","version":1,"plan":{"id":"long","title":"Long","goals":[{"id":"g-1","statement":"${word}"}]}}`;
  const started = Date.now();
  await list.importFile(await tempFile('long.goal-ladder.json', file));
  const refused = list.notices.filter({ hasText: 'long.goal-ladder.json' });
  await refused.waitFor({ timeout: 10_000 });
  assert.ok(Date.now() - started < 5_000, `refused after ${Date.now() - started} ms`);
  assert.match(await refused.textContent(), /1\s?000/, 'the notice names the limit');
  assert.equal(await list.cards.count(), 1, 'nothing was imported');

  const description = 'y'.repeat(1_900_000);
  const link = shareLink('p', `{"format":"goal-ladder-plan","version":1,"plan":{"id":"l","title":"Long link","description":"${description}"}}`);
  await page.goto(`${s.server.url}#/open/${link}`);
  await page.getByTestId('link-error').waitFor({ timeout: 10_000 });

  await page.goto(s.server.url);
  await list.card('Kept plan').getByTestId('plan-title').click();
  const latency = await keystrokeLatency(page, plan.description);
  assert.ok(latency < 100, `the next keystroke painted after ${latency} ms`);
  assert.equal((await storedPlans(page)).length, 1);
});

test('an import whose ids were repeated or could not be opened says what it changed, and the plan opens', async () => {
  const app = await s.open();
  const { page } = app;
  const list = new PlansPage(page);
  const plan = await list.newPlan();
  await plan.title.fill('Twins');
  await page.getByTestId('tab-objectives').click();
  await page.getByTestId('add-business-goal').click();
  await page.getByTestId('add-goal').click();
  await page.getByTestId('goal-statement').first().fill('200 bookings via Instagram by June');
  const exported = await plan.exportPlan();
  await plan.backToPlans();
  const file = JSON.parse(exported.text);
  file.plan.id = 'ein plan/ø';
  file.plan.title = 'Twins imported';
  const twin = structuredClone(file.plan.goals[0]);
  twin.statement = 'The second goal with the same id';
  file.plan.goals.push(twin);
  await list.importFile(await tempFile('twins.goal-ladder.json', JSON.stringify(file)));
  const said = list.notices.filter({ hasText: 'In “twins.goal-ladder.json”' });
  await said.waitFor();
  assert.match(await said.textContent(), /plan\.id/);
  assert.match(await said.textContent(), /plan\.goals\[1\]\.id/);
  await list.card('Twins imported').getByTestId('plan-title').click();
  await page.getByTestId('tab-objectives').click();
  const statements = await page.getByTestId('goal-statement').evaluateAll((els) => els.map((e) => e.value));
  assert.ok(statements.includes('The second goal with the same id'), 'the twin is not hidden');
  await page.reload();
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  await page.getByTestId('plan-heading').waitFor();
  assert.equal(await page.getByTestId('plan-heading').textContent(), 'Twins imported', 'the plan opens again from its address');
});

test('a plan stored under an id that cannot be opened moves to a safe key; the old entry is kept aside', async () => {
  const app = await s.open();
  const { page } = app;
  const list = new PlansPage(page);
  const plan = await list.newPlan();
  await plan.title.fill('Odd id');
  await plan.backToPlans();
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('goal-ladder.v1.plan.'));
    const entry = JSON.parse(localStorage.getItem(key));
    entry.plan.id = 'odd id/ø';
    localStorage.removeItem(key);
    localStorage.setItem('goal-ladder.v1.plan.odd id/ø', JSON.stringify(entry));
  });
  await page.reload();
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  const moved = page.getByTestId('notice').filter({ hasText: 'had an id that cannot stand in a link' });
  await moved.waitFor();
  assert.match(await moved.textContent(), /“Odd id” had an id that cannot stand in a link \(“odd id\/ø”\).*It now has the id “odd-id-[0-9a-f]{8}”/);
  const copy = page.waitForEvent('download');
  await moved.getByRole('button', { name: 'Download' }).click();
  const kept = JSON.parse(await fs.readFile(await (await copy).path(), 'utf8'));
  assert.equal(kept.plan.id, 'odd id/ø', 'the download is the entry as it was stored');
  await list.card('Odd id').getByTestId('plan-title').click();
  await plan.description.fill('Saved under the safe id');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('.plan.')).sort());
  assert.equal(keys.length, 2, keys.join(', '));
  assert.ok(keys.includes('goal-ladder.v1.recovered.goal-ladder.v1.plan.odd id/ø'), keys.join(', '));
  const stored = await storedPlans(page);
  assert.deepEqual(stored.map((p) => p.description), ['Saved under the safe id']);
  assert.match(stored[0].id, /^odd-id-[0-9a-f]{8}$/);
  await page.reload();
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  assert.equal(await plan.description.inputValue(), 'Saved under the safe id');
});

test('an exercise kept beside a plan that cannot be read is said, and no hand-in passes for one without it', async () => {
  const app = await s.open();
  const { page } = app;
  await page.getByTestId('example-cafe').click();
  await page.getByTestId('plan-heading').waitFor();
  await page.getByText('Make this plan an exercise').click();
  await page.getByTestId('exercise-case').fill('A case.');
  const wait = page.waitForEvent('download');
  await page.getByTestId('export-exercise').click();
  const exerciseFile = await (await wait).path();
  await page.getByTestId('back-to-plans').click();
  const list = new PlansPage(page);
  const count = await list.cards.count();
  await list.importFile(exerciseFile);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=plan-card]').length > n, count);
  await list.cards.first().getByTestId('plan-title').click();
  await page.getByTestId('case-panel').waitFor();
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('goal-ladder.v1.exercise.'));
    localStorage.setItem(key, '{"format": "goal-ladder-exercise", ');
  });
  await page.reload();
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  const said = page.getByTestId('exercise-unreadable');
  await said.waitFor();
  assert.match(await said.textContent(), /cannot be read/);
  await page.getByTestId('tab-overview').click();
  await page.getByTestId('student-name').fill('Ola');
  await page.getByTestId('class-name').fill('2STB');
  let downloaded = false;
  page.on('download', () => { downloaded = true; });
  await page.getByTestId('hand-in').click();
  await page.getByTestId('notice').filter({ hasText: 'Not handed in' }).waitFor();
  assert.equal(downloaded, false, 'no hand-in with "exercise": null');
});

test('the editor stops a text at the limit the file keeps and says so; a target beyond ±1e12 is refused, not dropped', async () => {
  const app = await s.open();
  const { page } = app;
  const plan = await new PlansPage(page).newPlan();
  await plan.title.fill('Limits');
  await page.getByTestId('tab-objectives').click();
  await page.getByTestId('add-business-goal').click();
  await page.getByTestId('add-goal').click();
  const statement = page.getByTestId('goal-statement');
  assert.equal(await statement.getAttribute('maxlength'), '1000');
  await statement.fill('x'.repeat(998));
  await statement.press('End');
  await page.keyboard.type('yzw');
  assert.equal((await statement.inputValue()).length, 1000, 'typing stops at the limit');
  const note = page.getByTestId('limit-note');
  await note.waitFor();
  assert.match(await note.textContent(), /at most 1.000 characters/);

  await page.getByText('Metric, numbers and dates').click();
  const target = page.getByTestId('goal-target');
  await target.fill('500');
  await target.press('Tab');
  await target.fill('1e308');
  await target.press('Tab');
  const refused = page.getByTestId('number-refused');
  await refused.waitFor();
  assert.match(await refused.textContent(), /between/);
  assert.equal(await target.getAttribute('aria-invalid'), 'true');
  const goal = async () => (await storedPlans(page))[0].goals[0];
  assert.equal((await goal()).target, 500, 'the earlier target stays');
  await target.fill('750');
  await target.press('Tab');
  await refused.waitFor({ state: 'detached' });
  await page.reload();
  await page.getByTestId('app-ready').waitFor({ state: 'attached' });
  const stored = await goal();
  assert.equal(stored.target, 750);
  assert.equal(stored.statement.length, 1000);
});
