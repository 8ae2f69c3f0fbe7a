// Untrusted text stays text, and two tabs never silently overwrite each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, tempFile } from '../lib/harness.mjs';
import { PlansPage } from '../lib/pages.mjs';

const s = suite();

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(2)</script>',
  "javascript:alert(3)",
  '<svg onload=alert(4)>',
  '{{7*7}} ${alert(5)} </textarea><b>bold</b>',
];

async function waitFocus(page) {
  await page.waitForFunction(() => ['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName));
}

async function assertInert(page) {
  const injected = await page.evaluate(() => ({
    imgs: document.querySelectorAll('img').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('alert')).length,
    bold: document.querySelectorAll('b').length,
    svgOnload: document.querySelectorAll('svg[onload]').length,
    jsLinks: [...document.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.startsWith('javascript:')).length,
  }));
  assert.deepEqual(injected, { imgs: 0, scripts: 0, bold: 0, svgOnload: 0, jsLinks: 0 });
}

test('markup and script typed into every text field shows as typed and never runs', async () => {
  const app = await s.open();
  const { page } = app;
  const list = new PlansPage(page);
  const plan = await list.newPlan();
  const [p0, p1, p2, p3, p4] = PAYLOADS;
  await plan.title.fill(p0);
  await plan.description.fill(p1);
  assert.equal(await plan.heading.textContent(), p0);

  await page.getByTestId('tab-technology').click();
  await page.getByTestId('platform-name').fill(p3);
  await page.keyboard.press('Enter');
  await page.getByTestId('tab-people').click();
  await page.getByTestId('add-audience').click();
  await waitFocus(page);
  await page.keyboard.type(p2);
  await page.getByLabel('Who they are and what they need').fill(p4);

  await page.getByTestId('tab-objectives').click();
  await page.getByTestId('add-business-goal').click();
  await waitFocus(page);
  await page.keyboard.type(p1);
  await page.getByTestId('add-goal').click();
  await page.getByTestId('goal-statement').fill(`${p0} 200 bookings via Instagram`);
  await page.getByText('Metric, numbers and dates').click();
  await page.getByLabel('Notes').fill(p4);
  await page.getByTestId('tab-okr').click();
  await page.getByTestId('add-objective').click();
  await waitFocus(page);
  await page.keyboard.type(p0);
  await page.getByTestId('add-key-result').click();
  await page.getByTestId('kr-statement').fill(p1);
  await page.getByTestId('tab-strategy').click();
  await page.getByTestId('strategy-text').fill(p2);
  await page.getByTestId('tab-overview').click();
  await assertInert(page);
  assert.match(await page.getByTestId('warning-list').textContent(), /<svg onload=alert\(4\)>/, 'the platform name shows as typed');

  const exported = await plan.exportPlan();
  const back = await plan.backToPlans();
  assert.equal(await back.card(p0).getByTestId('plan-title').textContent(), p0);
  await assertInert(page);

  // The same payloads arriving in an imported file.
  const file = JSON.parse(exported.text);
  file.plan.id = 'imported-payloads';
  file.plan.title = p1;
  file.plan.goals[0].statement = p2;
  await back.importFile(await tempFile('payloads.goal-ladder.json', JSON.stringify(file)));
  await back.card(p1).waitFor();
  await back.card(p1).getByTestId('plan-title').click();
  await page.getByTestId('tab-objectives').click();
  assert.equal(await page.getByTestId('goal-statement').inputValue(), p2);
  await assertInert(page);
});

test('a plan saved in one tab appears in the other, and a clash keeps both versions', async () => {
  const app = await s.open();
  const a = app.page;
  const b = await app.newPage();
  await b.goto(s.server.url);
  await b.getByTestId('app-ready').waitFor({ state: 'attached' });

  const listA = new PlansPage(a);
  const planA = await listA.newPlan();
  await planA.title.fill('Shared plan');
  const listB = new PlansPage(b);
  await listB.card('Shared plan').waitFor();

  // Tab B opens the plan; then a save from tab A that B has not heard of yet lands in storage.
  await listB.card('Shared plan').getByTestId('plan-title').click();
  await b.getByLabel('Title').waitFor();
  await b.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('goal-ladder.v1.plan.'));
    const entry = JSON.parse(localStorage.getItem(key));
    entry.plan.revision += 5;
    entry.plan.description = 'Written in the other tab';
    localStorage.setItem(key, JSON.stringify(entry));
  });
  await b.getByLabel('The business and its situation').fill('Written in this tab');
  const clash = b.getByTestId('notice').filter({ hasText: 'changed in another tab' });
  await clash.waitFor();
  const stored = await b.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('goal-ladder.v1.plan.')).map(([, v]) => JSON.parse(v).plan.description));
  assert.deepEqual(stored, ['Written in the other tab'], 'this tab did not overwrite the other one');
  await clash.getByTestId('keep-both').click();
  await b.getByTestId('back-to-plans').click();
  await listB.card('Shared plan').waitFor();
  await listB.card('Shared plan (this tab)').waitFor();
  const descriptions = await b.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('goal-ladder.v1.plan.')).map(([, v]) => JSON.parse(v).plan.description).sort());
  assert.deepEqual(descriptions, ['Written in the other tab', 'Written in this tab']);
});

test('a file over the size limit is refused before it is read', async () => {
  const app = await s.open();
  const { page } = app;
  const list = new PlansPage(page);
  const big = await tempFile('huge.goal-ladder.json', ' '.repeat(6 * 1024 * 1024));
  await list.importFile(big);
  const notice = list.notices.filter({ hasText: 'huge.goal-ladder.json' });
  await notice.waitFor();
  assert.match(await notice.textContent(), /6\.0 MB.*5\.0 MB/);
});

test('a full storage keeps the edit on screen and offers an export', async () => {
  const app = await s.open();
  const { page } = app;
  const list = new PlansPage(page);
  const plan = await list.newPlan();
  await plan.title.fill('Saved before');
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let n = 0;
    while (chunk.length > 16) {
      try { localStorage.setItem(`filler.${n}`, chunk); n += 1; } catch { chunk = chunk.slice(0, chunk.length / 2); }
    }
  });
  await plan.description.fill('y'.repeat(20_000));
  const full = list.notices.filter({ hasText: 'storage for this page is full' });
  await full.waitFor();
  assert.equal(await plan.description.inputValue(), 'y'.repeat(20_000), 'the edit stays on screen');
  const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('goal-ladder.v1.plan.')).map(([, v]) => JSON.parse(v).plan));
  assert.equal(stored[0].title, 'Saved before');
  assert.equal(stored[0].description, '', 'the earlier saved state is whole');
  const download = page.waitForEvent('download');
  await full.getByTestId('notice-export').click();
  const file = JSON.parse(await (await import('node:fs/promises')).readFile(await (await download).path(), 'utf8'));
  assert.equal(file.plan.description.length, 20_000, 'the export holds the unsaved edit');
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
});

test('deleting a goal moves focus to Undo, and Undo brings it back', async () => {
  const app = await s.open();
  const { page } = app;
  await page.getByTestId('example-cafe').click();
  await page.getByTestId('tab-objectives').click();
  // The cards render after the tab click: count them once they are there.
  await page.getByTestId('goal-card').first().waitFor();
  const before = await page.getByTestId('goal-card').count();
  assert.ok(before > 0, 'the café example has goals');
  await page.getByTestId('goal-card').first().getByRole('button', { name: 'Delete goal' }).click();
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('undo-'));
  assert.equal(await page.getByTestId('goal-card').count(), before - 1);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=goal-card]').length === n, before);
  assert.match(await page.getByTestId('goal-card').first().getByTestId('goal-statement').inputValue(), /200 bordbestillinger/);
});
