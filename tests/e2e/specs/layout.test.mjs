// Layout at a phone's width and in the longer languages: nothing squeezed, cut off or wider than the screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, screenshot, tempFile } from '../lib/harness.mjs';
import { PlanPage } from '../lib/pages.mjs';

const s = suite();

const PHONE = { width: 360, height: 780 };
const LOCALES = { en: 'en-GB', nb: 'nb-NO', sv: 'sv-SE', da: 'da-DK' };

/// Every notice on screen: its box, its text's box, and whether each of its buttons lies inside it.
function measureNotices(page) {
  return page.getByTestId('notice').evaluateAll((notices) => notices.map((n) => {
    const box = n.getBoundingClientRect();
    const text = n.querySelector('.notice-text').getBoundingClientRect();
    const buttonsInside = [...n.querySelectorAll('button')].every((b) => {
      const r = b.getBoundingClientRect();
      return r.left >= box.left && r.right <= box.right + 0.5 && r.top >= box.top && r.bottom <= box.bottom + 0.5;
    });
    const dismiss = n.querySelector('.icon-button').getBoundingClientRect();
    return { text: n.textContent, height: box.height, textWidth: text.width, buttonsInside, dismissClear: dismiss.left >= text.right };
  }));
}

function assertNoticesCompact(notices, where) {
  assert.ok(notices.length > 0, `${where}: there are notices to measure`);
  for (const n of notices) {
    assert.ok(n.height < 400, `${where}: the notice "${n.text}" is ${n.height} px tall`);
    assert.ok(n.textWidth >= 150, `${where}: the text of "${n.text}" is squeezed to ${n.textWidth} px`);
    assert.ok(n.buttonsInside, `${where}: the buttons of "${n.text}" stay inside it`);
    assert.ok(n.dismissClear, `${where}: the dismiss button of "${n.text}" is clear of its text`);
  }
}

/// Opens an example plan, exports it and imports the file again, which asks whether to keep both.
async function conflictNotice(page) {
  await page.getByTestId('example-b2b').click();
  const plan = new PlanPage(page);
  await plan.heading.waitFor();
  const exported = await plan.exportPlan();
  const list = await plan.backToPlans();
  await list.importFile(exported.file);
  const notice = list.notices.filter({ has: page.getByTestId('keep-both') });
  await notice.waitFor();
  return { list, notice };
}

test('at 360 px the notice after re-importing a plan is compact and "Keep both" can be clicked', async () => {
  const app = await s.open(PHONE);
  const { page } = app;
  const { list, notice } = await conflictNotice(page);
  const box = await notice.boundingBox();
  assert.ok(box.height < 400, `the notice is ${box.height} px tall`);
  const textBox = await notice.locator('.notice-text').boundingBox();
  assert.ok(textBox.width >= 200, `the text has ${textBox.width} px, not one or two letters a line`);
  await screenshot(page, 'layout-conflict-360-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'layout-conflict-360-dark');

  const keepBoth = notice.getByTestId('keep-both');
  await keepBoth.scrollIntoViewIfNeeded();
  const b = await keepBoth.boundingBox();
  assert.ok(b.x >= 0 && b.y >= 0 && b.x + b.width <= PHONE.width && b.y + b.height <= PHONE.height, `"Keep both" is on screen: ${JSON.stringify(b)}`);
  const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid=keep-both]') !== null, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
  assert.ok(onTop, '"Keep both" is not covered by anything');
  await keepBoth.click({ timeout: 5000 });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=plan-card]').length === 2);
  assert.equal(await list.cards.count(), 2);
});

test('every kind of notice stays readable and compact at 1280 and 360 px', async () => {
  const app = await s.open();
  const { page } = app;
  const { list } = await conflictNotice(page);
  // A short notice with one button: deleting a plan offers to undo it.
  const plan = await list.newPlan();
  await plan.title.fill('Café');
  await plan.backToPlans();
  await list.deletePlan('Café');
  const undo = list.notices.filter({ has: page.getByRole('button', { name: 'Undo' }) });
  await undo.waitFor();
  // An error with a long file name, beside the success notice of the export and the conflict's question.
  await list.importFile(await tempFile('a-plan-file-with-a-rather-long-name-from-a-shared-drive.goal-ladder.json', '{\n  "format": "goal-ladder-plan"\n  "version": 1\n}'));
  await list.notices.filter({ hasText: 'rather-long-name' }).waitFor();
  assert.ok(await page.locator('.notice.error').count() >= 1, 'an error notice is shown');
  assert.ok(await page.locator('.notice.info').count() >= 1, 'an info notice is shown');
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
      await page.setViewportSize(viewport);
      assertNoticesCompact(await measureNotices(page), `${viewport.width} px, ${colorScheme}`);
      // First of all, before the undo notice fades after its 8 s.
      if (viewport.width === 1280 && colorScheme === 'light') {
        const text = await undo.locator('.notice-text').boundingBox();
        const button = await undo.getByRole('button', { name: 'Undo' }).boundingBox();
        assert.ok(button.x >= text.x + text.width && button.y < text.y + text.height, 'on a wide screen a short text keeps its button beside it');
      }
      await screenshot(page, `layout-notices-${viewport.width}-${colorScheme}`);
    }
  }
});

for (const lang of ['en', 'nb', 'sv', 'da']) {
  const colorScheme = lang === 'sv' || lang === 'da' ? 'dark' : 'light';

  test(`in ${lang} at 360 px the KPI library fits the screen, level badges and all`, async () => {
    const app = await s.open({ ...PHONE, locale: LOCALES[lang], colorScheme });
    const { page } = app;
    await page.getByTestId('nav-library').click();
    await page.getByTestId('library-search').waitFor();
    assert.ok(await page.getByTestId('metric-card').count() > 10, 'the library lists its metrics');
    await screenshot(page, `layout-library-360-${lang}-${colorScheme}`);
    const outside = await page.getByTestId('metric-card').evaluateAll((cards) => cards.flatMap((card) => {
      const c = card.getBoundingClientRect();
      const b = card.querySelector('.level-badge').getBoundingClientRect();
      return b.left >= c.left && b.right <= c.right && b.top >= c.top && b.bottom <= c.bottom ? [] : [card.querySelector('h2').textContent];
    }));
    assert.deepEqual(outside, [], 'every level badge stays inside its card');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `the library is ${width} px wide`);
    // Level 2 has the longest names ("2 uppmärksamhet"): a close look at them.
    await page.locator('.library select').selectOption('2');
    await screenshot(page, `layout-library-360-${lang}-${colorScheme}-level-2`);
  });

  test(`in ${lang} at 360 px the overview fits the screen and its ladder labels are whole`, async () => {
    const app = await s.open({ ...PHONE, locale: LOCALES[lang], colorScheme });
    const { page } = app;
    await page.getByTestId('example-cafe').click();
    await page.getByTestId('plan-heading').waitFor();
    await page.getByTestId('tab-overview').click();
    await page.getByTestId('ladder-picture').waitFor();
    await screenshot(page, `layout-overview-360-${lang}-${colorScheme}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `the overview is ${width} px wide`);
    const labels = await page.getByTestId('ladder-picture').evaluate((svg) => {
      const view = svg.viewBox.baseVal;
      const rail = Math.min(...[...svg.querySelectorAll('.ladder-rail')].map((l) => l.x1.baseVal.value));
      return [...svg.querySelectorAll('.rung-label')].map((t) => {
        const b = t.getBBox();
        return { text: t.textContent, left: b.x, right: b.x + b.width, viewLeft: view.x, viewRight: view.x + view.width, rail };
      });
    });
    assert.equal(labels.length, 6, 'a label for every rung');
    for (const l of labels) {
      assert.ok(l.left >= l.viewLeft && l.right <= l.viewRight, `"${l.text}" lies within the picture (${l.left}–${l.right})`);
      assert.ok(l.right <= l.rail, `"${l.text}" ends before the ladder (${l.right} > ${l.rail})`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, `layout-overview-1280-${lang}-${colorScheme}`);
  });
}

test('the add-platform form and the library search form are one compact row on a card', async () => {
  const app = await s.open();
  const { page } = app;
  await page.getByTestId('example-b2b').click();
  await page.getByTestId('plan-heading').waitFor();
  await page.getByTestId('tab-technology').click();
  const platformForm = page.locator('form', { has: page.getByTestId('platform-name') });
  const searchForm = page.locator('.inline-form', { has: page.getByTestId('library-search') });
  const check = async (form, name, viewport, limit) => {
    const box = await form.boundingBox();
    assert.ok(box.height <= limit, `${name} at ${viewport.width} px is ${box.height} px tall`);
    const fields = await form.locator('input, select, button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    assert.ok(fields.every((h) => h < 60), `${name}: no field or button is stretched (${fields})`);
  };
  for (const [viewport, limit] of [[{ width: 1280, height: 900 }, 120], [PHONE, 220]]) {
    await page.setViewportSize(viewport);
    await check(platformForm, 'the add-platform form', viewport, limit);
    if (viewport.width === 1280) {
      const field = await page.getByTestId('platform-name').boundingBox();
      const button = await platformForm.getByRole('button').boundingBox();
      assert.ok(field.x < button.x && Math.abs(field.y + field.height - (button.y + button.height)) < 4, 'the field and its button sit side by side');
    }
    await screenshot(page, `layout-technology-${viewport.width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByTestId('nav-library').click();
  await page.getByTestId('library-search').waitFor();
  for (const [viewport, limit] of [[{ width: 1280, height: 900 }, 120], [PHONE, 220]]) {
    await page.setViewportSize(viewport);
    await check(searchForm, 'the library search form', viewport, limit);
    await screenshot(page, `layout-library-top-${viewport.width}`);
  }
});
