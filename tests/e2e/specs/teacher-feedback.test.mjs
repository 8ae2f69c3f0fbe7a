// Feedback back to the student, with no server: the teacher comments on a hand-in in the review, exports
// a feedback file, and the student opens it beside their own goals, where it stays after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { suite, screenshot } from '../lib/harness.mjs';
import { PlansPage, openTab, addGoal } from '../lib/pages.mjs';
import { axe } from '../lib/axe.mjs';

const s = suite();

async function download(page, testId) {
  const wait = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const d = await wait;
  return { name: d.suggestedFilename(), file: await d.path(), text: await fs.readFile(await d.path(), 'utf8') };
}

const BOOKINGS = '150 table bookings via Instagram from students by 31 March 2027';
const FOLLOWERS = 'Get 5000 followers on Instagram';
const ON_BOOKINGS = 'A strong main goal: bookings are what the café needs.';
const ON_FOLLOWERS = 'Followers are an indicator <b>not</b> a main goal.';
const ON_PLAN = 'Good work on the audiences.\nNext time, link each goal to a business goal.';

async function openStudent(page, name) {
  await page.getByRole('button', { name }).click();
  await page.getByTestId('student-plan').waitFor();
}

test('the teacher comments on two goals and a point, and the student sees it beside the right goals', async () => {
  // The teacher writes an exercise and shares it as a link.
  // Both contexts let axe in, to audit the screens with feedback on them.
  const { page: teacher } = await s.open({ bypassCSP: true });
  await teacher.getByTestId('example-cafe').click();
  await teacher.getByTestId('plan-heading').waitFor();
  await teacher.getByText('Make this plan an exercise').click();
  await teacher.getByTestId('exercise-case').fill('Kafé Nordlys is quiet in winter. Set goals that fill the tables.');
  await teacher.getByTestId('share-exercise').click();
  const link = await teacher.getByTestId('exercise-link-value').inputValue();

  // The student, in another browser context, writes two goals and hands in.
  const { page: student } = await s.open({ bypassCSP: true });
  await student.goto(link);
  await student.getByTestId('open-link').click();
  await student.getByTestId('case-panel').waitFor();
  await openTab(student, 'objectives');
  const businessGoal = student.getByTestId('business-goal').first();
  await addGoal(businessGoal, BOOKINGS, { main: true });
  await addGoal(businessGoal, FOLLOWERS, { main: false });
  await openTab(student, 'overview');
  await student.getByTestId('student-name').fill('Kari Nordmann');
  await student.getByTestId('class-name').fill('2STB');
  const handIn = await download(student, 'hand-in');

  // The teacher loads the hand-in and writes feedback.
  await teacher.getByTestId('nav-review').click();
  await teacher.getByTestId('review-input').setInputFiles([handIn.file]);
  await openStudent(teacher, 'Kari Nordmann');
  const reviewed = (text) => teacher.getByTestId('reviewed-goal').filter({ hasText: text });
  await reviewed(BOOKINGS).getByLabel('Comment for the student').fill(ON_BOOKINGS);
  await reviewed(FOLLOWERS).getByLabel('Comment for the student').fill(ON_FOLLOWERS);
  await teacher.getByLabel('Comment on the whole plan').fill(ON_PLAN);
  const smart = teacher.getByTestId('override-smart');
  const max = Number(await teacher.getByTestId('override-points-smart').getAttribute('max'));
  assert.ok(max > 0, 'the SMART criterion gives points');
  await smart.getByLabel(/^SMART: points/).fill(String(max));
  await smart.getByLabel('Reason').fill('The follower goal is clearly meant as an indicator, so its deadline matters less.');

  // What the teacher typed survives leaving the screen and a reload (the class itself is loaded again).
  await teacher.getByTestId('nav-library').click();
  await teacher.getByTestId('nav-review').click();
  await teacher.getByTestId('review-input').setInputFiles([handIn.file]);
  await teacher.reload();
  await teacher.getByTestId('review').waitFor();
  await teacher.getByTestId('review-input').setInputFiles([handIn.file]);
  await openStudent(teacher, 'Kari Nordmann');
  assert.equal(await reviewed(BOOKINGS).getByLabel('Comment for the student').inputValue(), ON_BOOKINGS);
  assert.equal(await reviewed(FOLLOWERS).getByLabel('Comment for the student').inputValue(), ON_FOLLOWERS);
  assert.equal(await teacher.getByLabel('Comment on the whole plan').inputValue(), ON_PLAN);
  assert.equal(await teacher.getByTestId('override-points-smart').inputValue(), String(max));
  const violations = await axe(teacher, 'review with feedback');
  await screenshot(teacher, 'feedback-review-1280');
  await teacher.setViewportSize({ width: 375, height: 800 });
  await screenshot(teacher, 'feedback-review-375');
  assert.equal(await teacher.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no page-level horizontal scroll at 375 px');
  await teacher.setViewportSize({ width: 1280, height: 900 });

  const feedback = await download(teacher, 'export-feedback');
  assert.match(feedback.name, /^feedback-Kari Nordmann-.*\.goal-ladder\.json$/);
  const file = JSON.parse(feedback.text);
  assert.equal(file.format, 'goal-ladder-feedback');
  assert.equal(file.version, 1);
  assert.equal(file.feedback.goal_comments.length, 2);
  assert.deepEqual(file.feedback.overrides.map((o) => [o.criterion, o.points]), [['smart', max]]);
  // From the class table, one file for each student with feedback written.
  await teacher.getByTestId('review-back').click();
  const all = await download(teacher, 'review-export-feedback');
  assert.equal(all.name, feedback.name);
  await teacher.getByTestId('notice').filter({ hasText: 'Feedback for 1 student exported.' }).waitFor();

  // The student opens the feedback file; it is kept with the plan.
  await student.getByTestId('back-to-plans').click();
  const plans = new PlansPage(student);
  await plans.importFile(feedback.file);
  const notice = plans.notices.filter({ hasText: 'Feedback from your teacher' });
  await notice.waitFor();
  assert.match(await notice.textContent(), /: 3 comments\./);
  assert.equal(await plans.cards.count(), 1, 'no plan added or replaced');
  await student.getByTestId('plan-title').click();
  await student.getByTestId('plan-heading').waitFor();

  const check = async (when) => {
    await openTab(student, 'overview');
    const card = student.getByTestId('teacher-feedback');
    await card.waitFor();
    assert.equal(await card.getByTestId('teacher-plan-comment').textContent(), ON_PLAN, when);
    assert.match(await card.getByTestId('teacher-points').textContent(), /The follower goal is clearly meant/, when);
    await openTab(student, 'objectives');
    const cards = student.getByTestId('business-goal').first().getByTestId('goal-card');
    await cards.nth(1).waitFor();
    assert.equal(await cards.nth(0).getByTestId('goal-statement').inputValue(), BOOKINGS);
    assert.equal(await cards.nth(0).getByTestId('teacher-comment-text').textContent(), ON_BOOKINGS, when);
    assert.equal(await cards.nth(1).getByTestId('teacher-comment-text').textContent(), ON_FOLLOWERS, when);
    assert.equal(await cards.nth(1).locator('b').count(), 0, 'the comment is text, never markup');
    return cards;
  };
  const cards = await check('after opening the file');
  await screenshot(student, 'feedback-student-1280');
  violations.push(...(await axe(student, 'goals with comments')));
  await openTab(student, 'overview');
  violations.push(...(await axe(student, 'overview with feedback')));
  await screenshot(student, 'feedback-student-overview-1280');
  await openTab(student, 'objectives');

  assert.deepEqual(violations, []);

  // A goal changed since the hand-in is marked; the other is not.
  await cards.nth(1).getByTestId('goal-statement').fill('Get 6000 followers on Instagram by June 2027');
  await cards.nth(1).locator('[data-testid=teacher-comment][data-state=changed]').waitFor();
  assert.match(await cards.nth(1).getByTestId('teacher-comment-changed').textContent(), /changed the goal since the hand-in.*Get 5000 followers/);
  assert.equal(await cards.nth(0).getByTestId('teacher-comment').getAttribute('data-state'), 'current');

  await student.reload();
  await student.getByTestId('plan-heading').waitFor();
  const after = await check('after a reload');
  assert.equal(await after.nth(1).getByTestId('teacher-comment').getAttribute('data-state'), 'changed');
  await student.setViewportSize({ width: 375, height: 800 });
  await screenshot(student, 'feedback-student-375');
  assert.equal(await student.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no page-level horizontal scroll at 375 px');

  // The plan's own file and Markdown carry the feedback.
  const planFile = JSON.parse((await download(student, 'export-plan')).text);
  assert.equal(planFile.plan.feedback.goal_comments[0].comment, ON_BOOKINGS);
  await student.setViewportSize({ width: 1280, height: 900 });
  await openTab(student, 'overview');
  const md = (await download(student, 'export-markdown')).text;
  assert.ok(md.includes(`- Teacher's comment: ${ON_BOOKINGS}`), md);
  assert.ok(md.includes("## Teacher's feedback\n\nGood work on the audiences.\\\nNext time"), md);
});

test('feedback on a plan that is not here changes nothing and says so', async () => {
  const { page } = await s.open();
  const text = JSON.stringify({
    format: 'goal-ladder-feedback',
    version: 1,
    feedback: { plan_id: 'p-elsewhere', student_name: 'Ola', plan_title: 'Bakeriet', comment: 'Bra', goal_comments: [], overrides: [] },
  });
  const file = `${await fs.mkdtemp('/tmp/goal-ladder-fb-')}/feedback-Ola.goal-ladder.json`;
  await fs.writeFile(file, text);
  const plans = new PlansPage(page);
  await plans.importFile(file);
  const notice = plans.notices.filter({ hasText: 'a plan that is not in this browser' });
  await notice.waitFor();
  assert.match(await notice.textContent(), /feedback on “Bakeriet” \(Ola\)/);
  assert.equal(await plans.cards.count(), 0, 'no plan is made from feedback');
});
