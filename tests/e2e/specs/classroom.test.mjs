// Classroom without a server: an exercise travels by link and by file, students hand in, links fail clearly,
// and a plan prints on A4 and exports as Markdown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { suite, screenshot, screenshots, root } from '../lib/harness.mjs';
import { PlansPage, openTab, addGoal as addGoalUnder } from '../lib/pages.mjs';

const s = suite();

const open = async (options) => (await s.open(options)).page;

async function download(page, testId) {
  const wait = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const d = await wait;
  return { name: d.suggestedFilename(), file: await d.path(), text: await fs.readFile(await d.path(), 'utf8') };
}

async function addGoal(page, text, main) {
  await openTab(page, 'objectives');
  await addGoalUnder(page.getByTestId('business-goal').first(), text, { main });
}

async function handIn(page, name, klass) {
  await page.getByTestId('tab-overview').click();
  await page.getByTestId('student-name').fill(name);
  await page.getByTestId('class-name').fill(klass);
  return download(page, 'hand-in');
}

test('an exercise goes out by link and by file, and students hand in', async () => {
  const teacher = await open();
  await teacher.getByTestId('example-cafe').click();
  await teacher.getByTestId('plan-heading').waitFor();
  await teacher.getByText('Make this plan an exercise').click();
  await teacher.getByTestId('exercise-case').fill('Kafé Nordlys is quiet from January to March. Set goals that fill the tables.');
  const exerciseFile = await download(teacher, 'export-exercise');
  assert.equal(exerciseFile.name, "Kafé Nordlys Tromsø.goal-ladder-exercise.json");
  assert.equal(JSON.parse(exerciseFile.text).format, 'goal-ladder-exercise');
  await teacher.getByTestId('share-exercise').click();
  const link = await teacher.getByTestId('exercise-link-value').inputValue();
  assert.ok(link.startsWith(s.server.url) && link.includes('#/open/gl1.e.'), link);
  await screenshot(teacher, 'exercise-teacher-1280');
  assert.equal(await teacher.getByTestId('hand-in').count(), 0, 'no "Hand in" on the teacher\'s own plan');

  // Student A opens the link.
  const a = await open();
  await a.goto(link);
  await a.getByTestId('link-preview').waitFor();
  assert.match(await a.getByTestId('link-preview').textContent(), /Kafé Nordlys/);
  assert.equal(await a.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('.plan.')).length), 0, 'nothing is saved before the student says so');
  await a.getByTestId('open-link').click();
  await a.getByTestId('case-panel').waitFor();
  assert.match(await a.getByTestId('case-panel').textContent(), /fill the tables/);
  const before = await a.getByTestId('rubric').textContent();
  await addGoal(a, '150 bordbestillinger via Instagram fra studenter innen 31. mars 2027', true);
  await a.waitForFunction((b) => document.querySelector('[data-testid=rubric]')?.textContent !== b, before);
  await screenshot(a, 'exercise-student-1280');
  await a.getByTestId('tab-overview').click();
  assert.equal(await a.getByText('Make this plan an exercise').count(), 0, 'a student\'s plan is handed in, not made an exercise');
  const handInA = await handIn(a, 'Øyvind Ås, jr.', '2STB');
  assert.equal(handInA.name, '2STB-Øyvind Ås jr-Kafé Nordlys Tromsø.goal-ladder.json');
  const fileA = JSON.parse(handInA.text);
  assert.equal(fileA.format, 'goal-ladder-hand-in');
  assert.equal(fileA.hand_in.student_name, 'Øyvind Ås, jr.');
  assert.ok(fileA.hand_in.exercise, 'the exercise travels with the hand-in');

  // Student B imports the exercise file.
  const b = await open();
  await new PlansPage(b).importFile(exerciseFile.file);
  await b.getByTestId('plan-card').waitFor();
  await b.getByTestId('plan-title').click();
  await b.getByTestId('case-panel').waitFor();
  await addGoal(b, 'Get 5000 followers on Instagram', true);
  const handInB = await handIn(b, 'Sara Berg', '2STB');
  assert.match(handInB.name, /^2STB-Sara Berg-/);

  // Student C opens the link and hands in an activity as the only goal.
  const c = await open();
  await c.goto(link);
  await c.getByTestId('open-link').click();
  await c.getByTestId('case-panel').waitFor();
  await addGoal(c, 'Legge ut tre innlegg i uka', true);
  const handInC = await handIn(c, 'Ola Nordmann', '2STC');

  // The teacher loads the three hand-ins and a broken file.
  await teacher.getByTestId('nav-review').click();
  const broken = path.join(path.dirname(handInA.file), 'broken.goal-ladder.json');
  await fs.writeFile(broken, '{"format": "goal-ladder-hand-in", ');
  await teacher.getByTestId('review-input').setInputFiles([handInA.file, handInB.file, handInC.file, broken]);
  await teacher.getByTestId('review-row').nth(2).waitFor();
  const rows = await teacher.getByTestId('review-row').evaluateAll((rows) => rows.map((row) => Object.fromEntries(
    [...row.querySelectorAll('[data-col]')].map((cell) => [cell.dataset.col, cell.dataset.value ?? cell.querySelector('button')?.textContent ?? cell.textContent.trim()]),
  )));
  const byName = Object.fromEntries(rows.map((r) => [r.student, r]));
  assert.deepEqual(Object.keys(byName).sort(), ['Ola Nordmann', 'Sara Berg', 'Øyvind Ås, jr.']);
  for (const name of Object.keys(byName)) assert.equal(byName[name].goals, '1', `${name} wrote one goal`);
  assert.equal(byName['Øyvind Ås, jr.'].main_goals_fit, '1/1', 'bookings: a main goal on level 5');
  assert.equal(byName['Sara Berg'].main_goals_fit, '0/1', 'followers: a main goal too low');
  assert.equal(byName['Ola Nordmann'].main_goals_fit, '0/1', 'posting is an activity');
  const problems = await teacher.getByTestId('review-problem').allTextContents();
  assert.equal(problems.length, 1);
  assert.match(problems[0], /broken\.goal-ladder\.json: the file stops in the middle \(at line 1\): it was probably cut off/);
  const csv = await download(teacher, 'review-export');
  assert.equal(csv.name, 'class-review.csv');
  const raw = await fs.readFile(csv.file);
  assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark');
  const lines = csv.text.replace(/^\ufeff/, '').trim().split('\r\n');
  assert.equal(lines.length, 4, 'a header and three students');
  assert.ok(lines.some((l) => l.startsWith('"Øyvind Ås, jr.",2STB,')), lines.join('\n'));
  await screenshot(teacher, 'classroom-review-1280');
});

test("the student's overview and the teacher's review give the same SMART figure and warning count", async () => {
  const teacher = await open();
  await teacher.getByTestId('example-cafe').click();
  await teacher.getByTestId('plan-heading').waitFor();
  await teacher.getByText('Make this plan an exercise').click();
  await teacher.getByTestId('share-exercise').click();
  const link = await teacher.getByTestId('exercise-link-value').inputValue();

  // A student writes a main goal too low, a goal on level 5 not marked main, and an empty goal.
  const student = await open();
  await student.goto(link);
  await student.getByTestId('open-link').click();
  await student.getByTestId('case-panel').waitFor();
  await addGoal(student, 'Get 5000 followers on Instagram', true);
  await addGoal(student, '150 table bookings via Instagram from students by 31 March 2027', false);
  await addGoal(student, '', false);
  await student.getByTestId('tab-overview').click();
  const figure = await student.getByTestId('smart-completeness').locator('dd').textContent();
  const [, met, total] = figure.match(/^(\d+) of (\d+)$/) ?? [];
  assert.equal(total, '10', `five checks for each goal with words: ${figure}`);
  const warnings = await student.locator('.warning-item').evaluateAll((items) => items.map((i) => i.dataset.rule));
  assert.ok(warnings.includes('goal.empty') && warnings.includes('ladder.no_main_goal_high'), warnings.join(' '));
  assert.equal(warnings.filter((r) => r === 'goal.empty').length, 1, 'an empty goal is one warning');
  const handedIn = await handIn(student, 'Kari Nordmann', '2STB');

  await teacher.getByTestId('nav-review').click();
  await teacher.getByTestId('review-input').setInputFiles([handedIn.file]);
  const row = teacher.getByTestId('review-row').first();
  await row.waitFor();
  const cell = (col) => row.locator(`[data-col="${col}"]`).evaluate((c) => c.dataset.value ?? c.textContent.trim());
  assert.equal(await cell('smart'), `${met}/${total}`);
  assert.equal(await cell('warnings'), String(warnings.length));
});

test('the start screen shows teachers the way to an exercise and to the review', async () => {
  const page = await open();
  const teachers = page.getByTestId('for-teachers');
  await teachers.waitFor();
  assert.match(await teachers.textContent(), /Make this plan an exercise \(for teachers\)/);
  await teachers.getByRole('link', { name: 'Review hand-ins' }).click();
  await page.getByRole('heading', { name: 'Teacher review' }).waitFor();
  // The review is a page of its own, so students do not load it.
  assert.match(page.url(), /\/review\.html$/);
});

test("an exercise being written keeps every field through a tab switch and a reload", async () => {
  const page = await open();
  await page.getByTestId('example-cafe').click();
  await page.getByTestId('plan-heading').waitFor();
  await page.getByText('Make this plan an exercise').click();
  const caseText = 'Kafé Nordlys is quiet in winter. Set goals that fill the tables.';
  await page.getByTestId('exercise-case').fill(caseText);
  const form = page.locator('.exercise-form');
  await form.getByRole('checkbox', { name: 'Strategy' }).uncheck();
  await page.getByTestId('exercise-scale').selectOption('four');

  const check = async (when) => {
    await page.getByTestId('tab-overview').click();
    const details = page.locator('.exercise-form');
    if (!(await details.evaluate((d) => d.open))) await page.getByText('Make this plan an exercise').click();
    assert.equal(await page.getByTestId('exercise-case').inputValue(), caseText, when);
    assert.equal(await details.getByRole('checkbox', { name: 'Strategy' }).isChecked(), false, when);
    assert.equal(await details.getByRole('checkbox', { name: 'People' }).isChecked(), true, when);
    assert.equal(await page.getByTestId('exercise-scale').inputValue(), 'four', when);
  };
  await openTab(page, 'objectives');
  await check('after a tab switch');
  await page.reload();
  await page.getByTestId('plan-heading').waitFor();
  await check('after a reload');

  // The exported exercise carries what the form shows.
  const file = await download(page, 'export-exercise');
  const exercise = JSON.parse(file.text).exercise ?? JSON.parse(file.text);
  assert.ok(JSON.stringify(exercise).includes(caseText), 'the case text is in the file');
  assert.ok(!JSON.stringify(exercise.required_sections ?? []).includes('strategy'), JSON.stringify(exercise.required_sections));
});

test('a plan travels by link and a damaged or cut link says what is wrong', async () => {
  const page = await open();
  await page.getByTestId('example-b2b').click();
  await page.getByTestId('plan-heading').waitFor();
  await page.getByTestId('share-link').click();
  const link = await page.getByTestId('share-link-value').inputValue();
  assert.ok(link.includes('#/open/gl1.p.'));

  const other = await open();
  await other.goto(link);
  await other.getByTestId('open-link').click();
  await other.getByTestId('plan-heading').waitFor();
  assert.match(await other.getByTestId('plan-heading').textContent(), /Ledgerly/);

  const cut = link.slice(0, link.length - 40);
  await other.goto(cut);
  await other.getByTestId('link-error').waitFor();
  assert.match(await other.getByTestId('link-error').textContent(), /incomplete|changed or damaged/);
  const changed = link.slice(0, -10) + (link.at(-10) === 'A' ? 'B' : 'A') + link.slice(-9);
  // Only the hash changes from here on: the message of the previous link is on the page until the new
  // one is read, so wait for the new message rather than for any message.
  const errorSays = (pattern) => other.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('[data-testid=link-error]')?.textContent ?? ''),
    pattern.source, { timeout: 5_000 });
  await other.goto(changed);
  // A changed character can leave the packed plan looking unfinished, which reads the same as a cut link;
  // both messages say the link may have been changed.
  await assert.doesNotReject(errorSays(/part of it was changed|changed or damaged/), 'a changed character is reported');
  await other.goto(s.server.url + '#/open/hello');
  await assert.doesNotReject(errorSays(/not a Goal Ladder link/), 'a foreign link is reported');
});

test('links made by earlier builds open, links made here are standard raw deflate, and a cut link says so', async () => {
  // Made by the build before the browser deflated links itself (miniz_oxide, level 9, in the wasm).
  const fixture = (name) => fs.readFile(path.join(root, 'core/tests/links', name), 'utf8');
  const oldPlan = (await fixture('v1-cafe-plan.txt')).trim();
  const oldExercise = (await fixture('v1-cafe-exercise.txt')).trim();
  const page = await open();
  await page.goto(`${s.server.url}#/open/${oldPlan}`);
  await page.getByTestId('link-preview').waitFor();
  assert.match(await page.getByTestId('link-preview').textContent(), /Kafé Nordlys, Tromsø/);
  await page.getByTestId('open-link').click();
  await page.getByTestId('plan-heading').waitFor();
  assert.match(await page.getByTestId('plan-heading').textContent(), /Kafé Nordlys/);
  await page.goto(`${s.server.url}#/open/${oldExercise}`);
  await page.getByTestId('link-preview').waitFor();
  assert.match(await page.getByTestId('link-preview').textContent(), /Kafeen trenger flere gjester/);

  // A link made here: the CRC-32 of the kind letter and the deflated bytes, then raw deflate of the file.
  await page.goto(s.server.url);
  await page.getByTestId('example-cafe').click();
  await page.getByTestId('plan-heading').waitFor();
  await page.getByTestId('share-link').click();
  const link = await page.getByTestId('share-link-value').inputValue();
  const data = Buffer.from(link.split('#/open/gl1.p.')[1], 'base64url');
  const deflated = data.subarray(4);
  assert.equal(data.readUInt32BE(0), zlib.crc32(deflated, zlib.crc32(Buffer.from('p'))) >>> 0, 'the checksum');
  const file = JSON.parse(zlib.inflateRawSync(deflated).toString('utf8'));
  assert.equal(file.format, 'goal-ladder-plan');
  assert.equal(file.plan.title, 'Kafé Nordlys, Tromsø');

  // Cut anywhere in its deflated part, a link reads as incomplete (the browser's inflater tells a cut
  // stream from a damaged one).
  const says = (pattern) => page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('[data-testid=link-error]')?.textContent ?? ''),
    pattern.source, { timeout: 5_000 });
  // A short link whose content inflates past the 2 MiB a link may hold: the inflating stops there.
  const json = `{"format":"goal-ladder-plan","version":1,"plan":{"id":"big","title":"Big"}}${' '.repeat(3 * 1024 * 1024)}`;
  const packed = zlib.deflateRawSync(Buffer.from(json), { level: 9 });
  const head = Buffer.alloc(4);
  head.writeUInt32BE(zlib.crc32(packed, zlib.crc32(Buffer.from('p'))) >>> 0);
  const bomb = `gl1.p.${Buffer.concat([head, packed]).toString('base64url')}`;
  assert.ok(bomb.length < 8_000, `${bomb.length} characters`);
  await page.goto(`${s.server.url}#/open/${bomb}`);
  await assert.doesNotReject(says(/holds more than Goal Ladder opens/), 'a link over the size limit is refused');
  await page.goto(`${s.server.url}#/open/hello`);
  await says(/not a Goal Ladder link/);

  for (const keep of [0.3, 0.6, 0.9]) {
    const cut = oldPlan.slice(0, Math.floor(oldPlan.length * keep) & ~3);
    await page.goto(`${s.server.url}#/open/${cut}`);
    await assert.doesNotReject(says(/incomplete/), `cut to ${cut.length} characters`);
    await page.goto(`${s.server.url}#/open/hello`);
    await says(/not a Goal Ladder link/);
  }
});

test('a plan prints on A4 and exports as Markdown', async () => {
  const page = await open();
  await page.getByTestId('example-municipality').click();
  await page.getByTestId('plan-heading').waitFor();
  const md = await download(page, 'export-markdown');
  assert.match(md.name, /\.md$/);
  assert.match(md.text, /^# Norrbacka kommun/m);
  assert.match(md.text, /Anställa 10 lärare/);

  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.getByTestId('print-view').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const pdf = path.join(screenshots, 'print-plan.pdf');
  await fs.mkdir(screenshots, { recursive: true });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const bytes = await fs.readFile(pdf);
  assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
  assert.ok(bytes.length > 10_000);
  assert.equal(await page.locator('.section-tabs').isVisible(), false, 'the screen-only parts are hidden in print');
});
