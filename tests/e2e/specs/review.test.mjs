// The teacher's review: many hand-in files at once, a sortable class table, a student's plan read-only,
// the class as CSV, and nothing uploaded or stored beyond the tab. The review is a page of its own
// (review.html, its own wasm): students' first load does not carry it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { suite, screenshot, tempFile, dropFile } from '../lib/harness.mjs';
import { axe } from '../lib/axe.mjs';

// ---- Hand-in files, written by hand in the envelope of core/src/classroom/hand_in.rs ----

const EXERCISE = {
  id: 'ex-cafe',
  title: 'Café Sol in winter',
  case_text: 'A café in Tromsø that is quiet from January to March.',
  business_goals: [{ id: 'bg-1', statement: 'More table bookings in the low season', approaches: [] }],
  audiences: [],
  required_sections: ['people', 'objectives', 'okr'],
  rubric: { smart_scale: 'two_one_zero', ladder: { min_level: 4, points: 2 }, points_per_section: 1 },
};

function plan(id, fields) {
  return {
    id,
    title: EXERCISE.title,
    description: EXERCISE.case_text,
    created_at: '2026-11-02T08:00:00.000Z',
    updated_at: '2026-11-19T15:30:00.000Z',
    revision: 12,
    audiences: [],
    business_goals: EXERCISE.business_goals,
    goals: [],
    objectives: [],
    strategy: { text: '' },
    platforms: [],
    ...fields,
  };
}

function goal(id, statement, fields = {}) {
  return { id, statement, business_goal: 'bg-1', is_main: false, unit: '', owner: '', measurements: [], notes: '', ...fields };
}

/// Øyvind: a level-5 main goal with a deadline, an indicator, an OKR objective with two scored key results.
const OYVIND_PLAN = plan('p-oyvind', {
  audiences: [{ id: 'a-1', name: 'Students in Tromsø', description: '', engagement_profile: [], platforms: ['ig'] }],
  platforms: [{ id: 'ig', name: 'Instagram' }],
  goals: [
    goal('g-1', '200 table bookings via Instagram by 1 March 2027', { is_main: true, baseline: 80, target: 200, unit: 'bookings', deadline: '2027-03-01' }),
    goal('g-2', 'Reach 10 000 people on Instagram by 1 March 2027', { target: 10000, deadline: '2027-03-01' }),
  ],
  objectives: [{
    id: 'o-1',
    statement: 'Become the café students choose in winter',
    key_results: [
      { id: 'kr-1', statement: '150 newsletter sign-ups by 31 March 2027', baseline: 0, target: 150, unit: '', measurements: [{ date: '2026-11-15', value: 60 }] },
      { id: 'kr-2', statement: '40 group bookings by 31 March 2027', baseline: 0, target: 40, unit: '', measurements: [], manual_score: 0.5 },
    ],
  }],
});

/// Kari: a main goal of followers (level 1, no deadline).
const KARI_PLAN = plan('p-kari', {
  goals: [goal('g-1', 'Get 5000 followers on Instagram', { is_main: true })],
});

/// Kari again, later: the main goal is now on level 4.
const KARI_PLAN_2 = plan('p-kari', {
  goals: [goal('g-1', '300 newsletter sign-ups from Instagram by 1 April 2027', { is_main: true, target: 300, deadline: '2027-04-01' })],
});

/// Ola: nothing but the exercise's start.
const OLA_PLAN = plan('p-ola', {});

// Summaries as the app computes them at hand-in time (the review recomputes and compares).
const SUMMARIES = {
  "Øyvind Ås, jr.": {"goals":[{"id":"g-1","statement":"200 table bookings via Instagram by 1 March 2027","is_main":true,"level":5,"to_check":false,"aim_level":null,"level_override":null,"smart":{"specific":"met","measurable":"met","attainable":"partly","relevant":"met","time_bound":"met"},"advice":["smart.attainable.stretch"]},{"id":"g-2","statement":"Reach 10 000 people on Instagram by 1 March 2027","is_main":false,"level":1,"to_check":false,"aim_level":null,"level_override":null,"smart":{"specific":"met","measurable":"met","attainable":"unknown","relevant":"not_met","time_bound":"met"},"advice":["vanity.metric_for_business_goal","smart.measurable.no_baseline"]}],"goal_count":2,"main_goals":1,"main_goals_fit":1,"to_check":0,"smart_met":7,"smart_total":10,"warnings":2,"objectives":[{"id":"o-1","statement":"Become the café students choose in winter","key_results":2,"score":0.45}],"sections":[{"section":"people","filled":true,"required":true},{"section":"objectives","filled":true,"required":true},{"section":"okr","filled":true,"required":true},{"section":"strategy","filled":false,"required":false},{"section":"technology","filled":true,"required":false}],"grade":{"main_goals_only":true,"goals":[{"goal":"g-1","level":5,"to_check":false,"smart":{"specific":"met","measurable":"met","attainable":"partly","relevant":"met","time_bound":"met"},"smart_points":{"specific":2,"measurable":2,"attainable":1,"relevant":2,"time_bound":2},"smart_total":9,"smart_max":10,"ladder_points":2,"ladder_max":2}],"sections":[{"section":"people","filled":true,"points":1,"max":1},{"section":"objectives","filled":true,"points":1,"max":1},{"section":"okr","filled":true,"points":1,"max":1}],"smart_points":9,"smart_max":10,"ladder_points":2,"ladder_max":2,"to_check":0,"section_points":3,"section_max":3,"total":14,"max":15}},
  "Kari Nordmann": {"goals":[{"id":"g-1","statement":"Get 5000 followers on Instagram","is_main":true,"level":1,"aim_level":null,"level_override":null,"smart":{"specific":"met","measurable":"met","attainable":"unknown","relevant":"not_met","time_bound":"not_met"},"advice":["ladder.main_goal_low","vanity.metric_for_business_goal","smart.time_bound.missing","smart.measurable.no_baseline"]}],"goal_count":1,"main_goals":1,"main_goals_fit":0,"smart_met":2,"smart_total":5,"warnings":4,"objectives":[],"sections":[{"section":"people","filled":false,"required":true},{"section":"objectives","filled":true,"required":true},{"section":"okr","filled":false,"required":true},{"section":"strategy","filled":false,"required":false},{"section":"technology","filled":false,"required":false}],"grade":{"main_goals_only":true,"goals":[{"goal":"g-1","level":1,"smart":{"specific":"met","measurable":"met","attainable":"unknown","relevant":"not_met","time_bound":"not_met"},"smart_points":{"specific":2,"measurable":2,"attainable":0,"relevant":0,"time_bound":0},"smart_total":4,"smart_max":10,"ladder_points":0,"ladder_max":2}],"sections":[{"section":"people","filled":false,"points":0,"max":1},{"section":"objectives","filled":true,"points":1,"max":1},{"section":"okr","filled":false,"points":0,"max":1}],"smart_points":4,"smart_max":10,"ladder_points":0,"ladder_max":2,"section_points":1,"section_max":3,"total":5,"max":15}},
  "Ola Berg": {"goals":[],"goal_count":0,"main_goals":0,"main_goals_fit":0,"smart_met":0,"smart_total":0,"warnings":0,"objectives":[],"sections":[{"section":"people","filled":false,"required":true},{"section":"objectives","filled":false,"required":true},{"section":"okr","filled":false,"required":true},{"section":"strategy","filled":false,"required":false},{"section":"technology","filled":false,"required":false}],"grade":{"main_goals_only":false,"goals":[],"sections":[{"section":"people","filled":false,"points":0,"max":1},{"section":"objectives","filled":false,"points":0,"max":1},{"section":"okr","filled":false,"points":0,"max":1}],"smart_points":0,"smart_max":10,"ladder_points":0,"ladder_max":2,"section_points":0,"section_max":3,"total":0,"max":15}},
  "Kari Nordmann (later)": {"goals":[{"id":"g-1","statement":"300 newsletter sign-ups from Instagram by 1 April 2027","is_main":true,"level":4,"aim_level":null,"level_override":null,"smart":{"specific":"met","measurable":"met","attainable":"unknown","relevant":"met","time_bound":"met"},"advice":["smart.measurable.no_baseline"]}],"goal_count":1,"main_goals":1,"main_goals_fit":1,"smart_met":4,"smart_total":5,"warnings":1,"objectives":[],"sections":[{"section":"people","filled":false,"required":true},{"section":"objectives","filled":true,"required":true},{"section":"okr","filled":false,"required":true},{"section":"strategy","filled":false,"required":false},{"section":"technology","filled":false,"required":false}],"grade":{"main_goals_only":true,"goals":[{"goal":"g-1","level":4,"smart":{"specific":"met","measurable":"met","attainable":"unknown","relevant":"met","time_bound":"met"},"smart_points":{"specific":2,"measurable":2,"attainable":0,"relevant":2,"time_bound":2},"smart_total":8,"smart_max":10,"ladder_points":2,"ladder_max":2}],"sections":[{"section":"people","filled":false,"points":0,"max":1},{"section":"objectives","filled":true,"points":1,"max":1},{"section":"okr","filled":false,"points":0,"max":1}],"smart_points":8,"smart_max":10,"ladder_points":2,"ladder_max":2,"section_points":1,"section_max":3,"total":11,"max":15}},
};

function handIn(name, className, planValue, at, summary = SUMMARIES[name]) {
  return JSON.stringify({
    format: 'goal-ladder-hand-in',
    version: 1,
    exported_at: at,
    plan_version: 1,
    hand_in: {
      student_name: name,
      class_name: className,
      plan: planValue,
      exercise: EXERCISE,
      summary,
      app_version: '0.1.0',
      handed_in_at: at,
    },
  }, null, 2);
}

const OYVIND = 'Øyvind Ås, jr.';
const HAND_INS = {
  oyvind: () => handIn(OYVIND, '2STB', OYVIND_PLAN, '2026-11-20T09:15:00.000Z'),
  kari: () => handIn('Kari Nordmann', '2STB', KARI_PLAN, '2026-11-19T13:02:00.000Z'),
  kariLater: () => handIn('Kari Nordmann', '2STB', KARI_PLAN_2, '2026-11-21T10:40:00.000Z', SUMMARIES['Kari Nordmann (later)']),
  // Ola's summary claims a main goal he does not have: edited by hand.
  ola: () => handIn('Ola Berg', '2STB', OLA_PLAN, '2026-11-20T11:00:00.000Z', { ...SUMMARIES['Ola Berg'], main_goals: 1, main_goals_fit: 1 }),
};
// ---- end of hand-in files ----

const s = suite();

async function classFiles() {
  return [
    await tempFile('2STB-Øyvind Ås jr-Café Sol in winter.goal-ladder.json', HAND_INS.oyvind()),
    await tempFile('2STB-Kari Nordmann-Café Sol in winter.goal-ladder.json', HAND_INS.kari()),
    await tempFile('2STB-Ola Berg-Café Sol in winter.goal-ladder.json', HAND_INS.ola()),
  ];
}

async function openReview(options) {
  const app = await s.open(options);
  await app.page.getByTestId('nav-review').click();
  await app.page.getByRole('heading', { name: 'Teacher review' }).waitFor();
  return app.page;
}

async function pick(page, files) {
  await page.getByTestId('review-input').setInputFiles(files);
}

/// The table as the user reads it: one object per row, keyed by column.
async function table(page) {
  return page.getByTestId('review-row').evaluateAll((rows) => rows.map((row) => Object.fromEntries(
    [...row.querySelectorAll('[data-col]')].map((cell) => [cell.dataset.col, cell.dataset.value ?? cell.querySelector('button')?.textContent ?? cell.textContent.trim()]),
  )));
}

/// Chromium leaves a scrolling box below the fold blank in a full-page capture, so the viewport is made
/// as tall as the page for the picture (the width stays 360).
async function screenshotAt360(page, name) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 360, height: Math.max(780, height) });
  await screenshot(page, name);
  await page.setViewportSize({ width: 360, height: 780 });
}

const names = async (page) => (await table(page)).map((r) => r.student);

async function planKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => !k.endsWith('.settings')));
}

test('a class of hand-ins picked at once fills the table, and bad files are listed with the reason', async () => {
  const page = await openReview();
  assert.match(await page.getByTestId('review-privacy').textContent(), /stay on this device: nothing is uploaded/);
  await page.getByTestId('review-empty').waitFor();
  const broken = await tempFile('broken.json', '{\n  "format": "goal-ladder-hand-in",\n  "version": 1\n  "hand_in": {}\n}');
  const planFile = await tempFile('Café Sol.goal-ladder.json', JSON.stringify({ format: 'goal-ladder-plan', version: 1, exported_at: '2026-11-20T10:00:00.000Z', plan: OLA_PLAN }));
  await pick(page, [...(await classFiles()), broken, planFile]);

  const status = page.getByTestId('review-status');
  await page.waitForFunction(() => /loaded/.test(document.querySelector('[data-testid="review-status"]')?.textContent ?? ''));
  assert.equal(await status.textContent(), '3 hand-ins loaded, 2 files could not be read.');
  assert.equal(await status.getAttribute('role'), 'status');
  const rows = await table(page);
  assert.equal(rows.length, 3);
  const row = (name) => rows.find((r) => r.student === name);
  assert.deepEqual(
    { goals: row(OYVIND).goals, fit: row(OYVIND).main_goals_fit, smart: row(OYVIND).smart, sections: row(OYVIND).sections, class: row(OYVIND).class, assignment: row(OYVIND).assignment },
    // 7 of 10: the follower sub-goal is vanity under the café's sales goal, so not Relevant (issue 19).
    { goals: '2', fit: '1/1', smart: '7/10', sections: '3/3', class: '2STB', assignment: 'Café Sol in winter' },
  );
  assert.deepEqual([row('Kari Nordmann').goals, row('Kari Nordmann').main_goals_fit, row('Kari Nordmann').smart], ['1', '0/1', '2/5']);
  assert.deepEqual([row('Ola Berg').goals, row('Ola Berg').main_goals_fit, row('Ola Berg').smart, row('Ola Berg').okr], ['0', '0/0', '0/0', '–']);
  assert.equal(row(OYVIND).okr, '0.45');
  assert.equal(row(OYVIND).grade, '14/15');
  // Ola's file claims more than his plan has: the recomputed figures win, and the row says so.
  assert.equal(await page.getByTestId('review-row').filter({ hasText: 'Ola Berg' }).getByText('summary differs').count(), 1);
  assert.equal(await page.locator('.review-differs').count(), 1, 'honest files are not flagged');

  const problems = page.getByTestId('review-problem');
  assert.equal(await problems.count(), 2);
  assert.match(await problems.nth(0).textContent(), /^broken\.json: the file is not valid JSON \(line 4, column 3: /);
  assert.match(await problems.nth(1).textContent(), /^Café Sol\.goal-ladder\.json: this is a plan, not a hand-in/);

  assert.deepEqual(await planKeys(page), [], 'nothing is stored, and no plan was imported');
  assert.equal(await page.getByTestId('notice').count(), 0, 'the plan file was not imported as a plan');
  await screenshot(page, 'review-1280');
  await page.setViewportSize({ width: 360, height: 780 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the page is ${width} px wide at a 360 px viewport`);
  await screenshotAt360(page, 'review-360');
  const region = page.getByRole('region', { name: 'The class: 3 hand-ins' });
  assert.equal(await region.getAttribute('tabindex'), '0', 'the table scrolls sideways, and can be scrolled by keyboard');
  // On a 375 px phone the grade, the column that carries the points, stays in view beside the names.
  await page.setViewportSize({ width: 375, height: 780 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 375, 'no page-level sideways scroll at 375 px');
  await region.scrollIntoViewIfNeeded();
  assert.equal(await region.evaluate((el) => el.scrollLeft), 0, 'the table is not scrolled sideways');
  for (const cell of [page.locator('thead th[data-col="grade"]'), page.getByTestId('review-row').first().locator('[data-col="grade"]')]) {
    const box = await cell.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 375, `the grade column is in view at 375 px: ${JSON.stringify(box)}`);
  }
  const studentBox = await page.getByTestId('review-row').first().locator('[data-col="student"]').boundingBox();
  assert.ok(studentBox && studentBox.x >= 0, 'the student name stays in view too');
});

test('columns sort by their heading, with the mouse and the keyboard', async () => {
  const page = await openReview();
  await pick(page, await classFiles());
  await page.getByTestId('review-row').nth(2).waitFor();
  // By name to start with, Ø after the other letters.
  assert.deepEqual(await names(page), ['Kari Nordmann', 'Ola Berg', OYVIND]);
  const header = (col) => page.locator('thead th').filter({ has: page.getByTestId(`sort-${col}`) });
  assert.equal(await header('student').getAttribute('aria-sort'), 'ascending');

  await page.getByTestId('sort-goals').click();
  assert.deepEqual(await names(page), ['Ola Berg', 'Kari Nordmann', OYVIND]);
  assert.equal(await header('goals').getAttribute('aria-sort'), 'ascending');
  assert.equal(await header('student').getAttribute('aria-sort'), null);

  await page.getByTestId('sort-goals').focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await names(page), [OYVIND, 'Kari Nordmann', 'Ola Berg']);
  assert.equal(await header('goals').getAttribute('aria-sort'), 'descending');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'sort-goals', 'focus stays on the heading');

  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.equal(await header('main_goals_fit').getAttribute('aria-sort'), 'ascending');
  assert.deepEqual(await names(page), ['Ola Berg', 'Kari Nordmann', OYVIND]);
});

test("a student's plan opens read-only with its feedback, and Back returns to the row", async () => {
  const page = await openReview();
  await pick(page, await classFiles());
  await page.getByRole('button', { name: OYVIND }).click();
  const plan = page.getByTestId('student-plan');
  await plan.waitFor();
  assert.equal(await page.getByTestId('review-table').count(), 0, 'the plan is shown instead of the table');
  assert.equal(await page.getByTestId('student-plan-title').textContent(), 'Café Sol in winter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'student-plan-heading');
  assert.match(await page.getByTestId('student-plan-meta').textContent(), /^Øyvind Ås, jr\., 2STB: handed in 20 November 2026$/);
  assert.match(await plan.textContent(), /quiet from January to March/);
  const goals = page.getByTestId('reviewed-goal');
  assert.equal(await goals.count(), 2);
  const badge = goals.nth(0).getByTestId('review-goal-level');
  assert.equal(await badge.getAttribute('data-level'), '5');
  assert.equal(await badge.textContent(), '5 transaction');
  assert.match(await goals.nth(0).textContent(), /Main goal/);
  assert.equal(await goals.nth(1).getByTestId('review-goal-level').getAttribute('data-level'), '1');
  assert.equal(await goals.nth(0).locator('.smart-row li').count(), 5);
  assert.ok(await goals.nth(1).locator('.advice-item').count() > 0, 'advice is listed');
  assert.match(await page.getByTestId('reviewed-objective').textContent(), /Become the café students choose in winter.*Score 0\.45/);
  // The whole plan, in the editor's order: people, goals, OKR, strategy, technology.
  assert.equal(await page.getByTestId('reviewed-audience').textContent(), 'Students in Tromsø · Instagram');
  assert.equal(await page.getByTestId('student-strategy').locator('.hint').textContent(), 'No strategy written.');
  assert.equal(await page.getByTestId('reviewed-platforms').textContent(), 'Instagram');
  const order = await plan.locator('section h3').allTextContents();
  // Then the teacher's feedback to the student (teacher-feedback.test.mjs follows it to the student).
  assert.deepEqual(order, ['People', 'Social-media goals', 'Objectives and key results', 'Strategy', 'Technology', 'Feedback to the student']);
  const editable = await plan.evaluate((el) => [...el.querySelectorAll('input, textarea, select, [contenteditable]')]
    .filter((field) => !field.closest('[data-testid=feedback-form], .teacher-comment-field')).length);
  assert.equal(editable, 0, "nothing of the student's plan can be edited, only the teacher's feedback");
  assert.equal(await plan.getByLabel('Comment for the student').count(), 2, 'a comment field under each goal');
  await screenshot(page, 'review-plan-1280');
  await page.setViewportSize({ width: 360, height: 780 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 360);
  await screenshotAt360(page, 'review-plan-360');

  await page.getByTestId('review-back').click();
  await page.getByTestId('review-table').waitFor();
  await page.waitForFunction((name) => document.activeElement?.textContent === name, OYVIND);

  // Kari's followers are on level 1: the teacher sees why.
  await page.getByRole('button', { name: 'Kari Nordmann' }).click();
  const kari = page.getByTestId('reviewed-goal');
  await kari.waitFor();
  assert.equal(await kari.getByTestId('review-goal-level').getAttribute('data-level'), '1');
  assert.equal(await kari.locator('[data-rule="ladder.main_goal_low"]').count(), 1);
});

test('a later hand-in replaces the earlier one; the class exports as CSV and clears', async () => {
  const page = await openReview();
  await pick(page, await classFiles());
  await page.getByTestId('review-row').nth(2).waitFor();
  await pick(page, [await tempFile('kari-again.goal-ladder.json', HAND_INS.kariLater())]);
  await page.waitForFunction(() => /already in the table/.test(document.querySelector('[data-testid="review-status"]')?.textContent ?? ''));
  assert.equal(await page.getByTestId('review-status').textContent(),
    '1 hand-in loaded. 1 came from a student already in the table (same class and assignment); the later hand-in of each is kept.');
  const rows = await table(page);
  assert.equal(rows.length, 3);
  assert.equal(rows.find((r) => r.student === 'Kari Nordmann').main_goals_fit, '1/1');
  assert.equal(await page.getByTestId('review-problem').count(), 0);

  // The earlier file again changes nothing: the later hand-in is kept.
  await pick(page, [await tempFile('kari.goal-ladder.json', HAND_INS.kari())]);
  await page.waitForFunction(() => /^1 hand-in loaded\. 1 came/.test(document.querySelector('[data-testid="review-status"]')?.textContent ?? ''));
  assert.equal((await table(page)).find((r) => r.student === 'Kari Nordmann').main_goals_fit, '1/1');

  const download = page.waitForEvent('download');
  await page.getByTestId('review-export').click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'class-review.csv');
  const bytes = await fs.readFile(await file.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark');
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  assert.equal(lines.at(-1), '', 'every line ends with CRLF');
  assert.equal(lines.length, 5, 'a header and three rows');
  assert.match(lines[0], /^Student,Class,Assignment,Handed in,App version,Goals,Main goals,Main goals on level 4-5,Goals to check,SMART met,SMART met \(max\),/);
  assert.ok(lines.slice(1).some((l) => l.startsWith('"Øyvind Ås, jr.",2STB,Café Sol in winter,2026-11-20T09:15:00')), lines.join('\n'));
  // In the order shown: by name.
  assert.deepEqual(lines.slice(1, 4).map((l) => l.split(',')[0]), ['Kari Nordmann', 'Ola Berg', '"Øyvind Ås']);
  // The goals themselves, with their levels: what the student wrote, not only the counts.
  assert.match(lines[0], /,Goals \(level: text\)$/);
  const oyvind = lines.find((l) => l.startsWith('"Øyvind Ås, jr."'));
  assert.ok(oyvind.endsWith(',"5 (main): 200 table bookings via Instagram by 1 March 2027\n1: Reach 10 000 people on Instagram by 1 March 2027"'), oyvind);

  // English starts with commas; a teacher whose spreadsheet program expects semicolons can choose them.
  assert.equal(await page.getByTestId('review-separator').inputValue(), 'comma');
  await page.getByTestId('review-separator').selectOption('semicolon');
  const again = page.waitForEvent('download');
  await page.getByTestId('review-export').click();
  const semicolons = (await fs.readFile(await (await again).path())).toString('utf8').slice(1).split('\r\n');
  assert.match(semicolons[0], /^Student;Class;Assignment;Handed in;/);
  assert.ok(semicolons.some((l) => l.startsWith('"Øyvind Ås, jr.";2STB;')), semicolons.join('\n'));

  await page.getByTestId('review-clear').click();
  await page.getByTestId('review-empty').waitFor();
  assert.equal(await page.getByTestId('review-status').textContent(), 'The table is empty again.');
  assert.equal(await page.getByTestId('review-export').count(), 0);
});

test('students are told apart by their exact trimmed name, nameless files are listed one by one, and CSV cells cannot run', async () => {
  const page = await openReview();
  const at = '2026-11-20T12:00:00.000Z';
  const ola = { ...SUMMARIES['Ola Berg'] };
  const files = [
    await tempFile('a.goal-ladder.json', handIn('Ola Berg', '2STB', OLA_PLAN, at, ola)),
    await tempFile('b.goal-ladder.json', handIn('  ola berg ', '2STB', OLA_PLAN, at, ola)),
    await tempFile('c.goal-ladder.json', handIn('', '2STB', OLA_PLAN, at, ola)),
    await tempFile('d.goal-ladder.json', handIn('   ', '2STB', OLA_PLAN, at, ola)),
    // A name and a class built to run as formulas in a spreadsheet.
    await tempFile('e.goal-ladder.json', handIn('\u00a0\u200b=HYPERLINK("http://x","y")', ' \uff0b1+1', OLA_PLAN, at, ola)),
  ];
  await pick(page, files);
  await page.getByTestId('review-row').nth(4).waitFor();
  const students = await names(page);
  assert.equal(students.length, 5, students.join(' | '));
  assert.ok(students.includes('Ola Berg') && students.includes('ola berg'), 'two students, case kept');
  assert.equal(students.filter((n) => n === '(no name)').length, 2, 'each nameless file has its own row');
  assert.ok(students.some((n) => n.includes('=HYPERLINK("http://x","y")')), 'the hostile name shows as typed, trimmed');

  const download = page.waitForEvent('download');
  await page.getByTestId('review-export').click();
  const text = (await fs.readFile(await (await download).path())).toString('utf8').slice(1);
  const rows = text.split('\r\n').filter(Boolean).slice(1);
  assert.equal(rows.length, 5);
  const hostile = rows.find((r) => r.includes('HYPERLINK'));
  assert.ok(hostile.startsWith(`"'=HYPERLINK`), hostile);
  assert.match(hostile, /^"[^"]*(""[^"]*)*",'\uff0b1\+1,/, 'the class cell is trimmed and neutralised');
  assert.ok(rows.some((r) => r.startsWith('Ola Berg,')) && rows.some((r) => r.startsWith('ola berg,')), rows.join('\n'));
});

test('files dropped on the review go to the table, not to the plan list', async () => {
  const page = await openReview();
  const texts = [HAND_INS.oyvind(), HAND_INS.kari()];
  await page.evaluate((texts) => {
    const data = new DataTransfer();
    texts.forEach((text, i) => data.items.add(new File([text], `hand-in-${i}.goal-ladder.json`, { type: 'application/json' })));
    const app = document.querySelector('.app');
    const target = document.querySelector('[data-testid="review-drop"]');
    app.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, texts);
  await page.getByTestId('review-row').nth(1).waitFor();
  assert.equal(await page.locator('.drop-overlay.visible').count(), 0, "the app's import overlay is gone");
  assert.deepEqual(await planKeys(page), [], 'no plan was imported');

  // The table stays while the teacher looks elsewhere, and is gone after a reload.
  await page.getByTestId('nav-library').click();
  await page.getByTestId('nav-review').click();
  await page.getByTestId('review-row').nth(1).waitFor();
  assert.equal(await page.getByTestId('review-row').count(), 2);
  await page.reload();
  await page.getByTestId('review-empty').waitFor();
});

test('a hand-in dropped on the plans is not imported, and the message says where teachers open it', async () => {
  const { page } = await s.open();
  await dropFile(page, 'hand-in.goal-ladder.json', HAND_INS.kari());
  const notice = page.getByTestId('notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /hand-in\.goal-ladder\.json.*a student's hand-in.*“Teacher review” at the top/);
  assert.deepEqual(await planKeys(page), [], 'no plan was imported');
  // The link it names leads to the review page.
  await page.getByTestId('nav-review').click();
  await page.getByRole('heading', { name: 'Teacher review' }).waitFor();
  assert.match(page.url(), /\/review\.html$/);
});

for (const theme of ['light', 'dark']) {
  test(`the review passes axe in the ${theme} theme`, async () => {
    const page = await openReview({ colorScheme: theme, bypassCSP: true });
    await pick(page, [...(await classFiles()), await tempFile('notes.txt', 'not json')]);
    await page.getByTestId('review-problem').waitFor();
    const run = (screen) => axe(page, screen);
    const violations = await run('class table');
    await page.getByRole('button', { name: OYVIND }).click();
    await page.getByTestId('student-plan').waitFor();
    violations.push(...(await run('student plan')));
    await screenshot(page, `review-plan-${theme}-1280`);
    await page.getByTestId('review-back').click();
    await screenshot(page, `review-${theme}-1280`);
    assert.deepEqual(violations, []);
  });
}
