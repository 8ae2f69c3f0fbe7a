// What the scorer could not place is said so, and the user places it; what the goal's words give for
// its baseline, target and deadline is offered for the empty fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { suite, screenshot } from '../lib/harness.mjs';
import { axe } from '../lib/axe.mjs';
import { PlansPage, openTab, typeWhenFocused, addGoal } from '../lib/pages.mjs';

const s = suite();

async function newPlanWithBusinessGoal(page, businessGoal) {
  await new PlansPage(page).newPlan();
  await openTab(page, 'objectives');
  await page.getByTestId('add-business-goal').click();
  await typeWhenFocused(page, businessGoal);
  return page.getByTestId('business-goal');
}

async function downloadMarkdown(page) {
  await openTab(page, 'overview');
  const wait = page.waitForEvent('download');
  await page.getByTestId('export-markdown').click();
  const d = await wait;
  return fs.readFile(await d.path(), 'utf8');
}

const focused = (page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

// A number of something no metric of the scorer's counts: it cannot tell the level.
const UNSURE = [
  {
    lang: 'en', locale: 'en-GB', businessGoal: 'More visitors to the zoo',
    goal: 'Get 400 wombats to the open day by June 2027',
    toCheck: 'to check', couldNotPlace: /could not place this goal/, undo: 'Undo', chosen: /^Level set to \d /,
    yourChoice: 'your choice: the scorer could not place it', goalsToCheck: 'Goals to check',
  },
  {
    lang: 'nb', locale: 'nb-NO', businessGoal: 'Flere besøkende i dyreparken',
    goal: 'Få 400 wombater til åpen dag innen juni 2027',
    toCheck: 'må sjekkes', couldNotPlace: /kunne ikke plassere dette målet/, undo: 'Angre', chosen: /^Nivået er satt til \d /,
    yourChoice: 'ditt valg: vurderingen kunne ikke plassere det', goalsToCheck: 'Mål som må sjekkes',
  },
];

for (const c of UNSURE) {
  test(`${c.lang}: a goal the scorer could not place is "to check" with two levels to choose, and the choice undoes`, async () => {
    // bypassCSP: for axe's script only.
    const { page } = await s.open({ locale: c.locale, bypassCSP: true });
    const bg = await newPlanWithBusinessGoal(page, c.businessGoal);
    const card = await addGoal(bg, c.goal, { main: true });
    const level = card.getByTestId('goal-level');
    await card.getByTestId('level-choice').waitFor();
    assert.equal((await level.textContent()).trim(), c.toCheck);
    assert.equal(await level.getAttribute('data-level'), 'check');
    assert.match(await card.getByTestId('level-choice').textContent(), c.couldNotPlace);
    const options = card.getByTestId('level-choice').getByRole('button');
    assert.equal(await options.count(), 2, 'the two likeliest levels');
    const levels = await options.evaluateAll((buttons) => buttons.map((b) => b.dataset.level));
    assert.notEqual(levels[0], levels[1]);
    await screenshot(page, `unsure-goal-${c.lang}-1280`);
    assert.deepEqual(await axe(page, 'unsure goal'), []);
    await page.setViewportSize({ width: 360, height: 780 });
    await screenshot(page, `unsure-goal-${c.lang}-360`);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The overview counts it on no rung and does not read it as a main goal that is too low.
    await openTab(page, 'overview');
    await page.getByTestId('count-to-check').waitFor();
    assert.match(await page.getByTestId('count-to-check').textContent(), new RegExp(`${c.goalsToCheck}\\s*1`));
    assert.match(await page.getByTestId('count-main-low').textContent(), /0$/);
    assert.match(await page.getByTestId('count-main-high').textContent(), /0$/);
    assert.equal(await page.locator('.goal-dot').count(), 0, 'no dot on any rung');
    const alt = await page.getByTestId('ladder-picture').getAttribute('aria-label');
    assert.ok(alt.split(';').slice(0, 6).every((part) => part.trim().endsWith(': 0')), alt);
    assert.ok(alt.endsWith(`${c.toCheck}: 1.`), alt);
    await screenshot(page, `unsure-overview-${c.lang}-1280`);

    // One click places it; the level shows, the overview counts it, and the notice offers the way back.
    await openTab(page, 'objectives');
    const choice = levels[0];
    const name = (await options.first().textContent()).trim();
    await options.first().click();
    await page.waitForFunction((want) => document.querySelector('[data-testid=goal-level]')?.dataset.level === want, choice);
    assert.equal((await level.textContent()).trim(), name);
    assert.equal((await card.getByTestId('level-source').textContent()).trim(), c.yourChoice);
    assert.equal(await card.getByTestId('level-choice').count(), 0);
    const notice = page.getByTestId('notice').filter({ hasText: c.chosen });
    await notice.waitFor();
    await page.waitForFunction((undo) => document.activeElement?.textContent?.trim() === undo, c.undo);
    await screenshot(page, `unsure-chosen-${c.lang}-1280`);
    await openTab(page, 'overview');
    await page.locator('.goal-dot').first().waitFor();
    assert.equal(await page.getByTestId('count-to-check').count(), 0);
    assert.equal(await page.locator(`.goal-dot.level-${choice}`).count(), 1);

    // Undo: to check again, with the focus back on the first choice.
    await notice.getByRole('button', { name: c.undo }).click();
    await openTab(page, 'objectives');
    await card.getByTestId('level-choice').waitFor();
    assert.equal((await level.textContent()).trim(), c.toCheck);
    const plan = await page.evaluate(() => Object.values(localStorage).find((v) => v.includes('wombat')));
    assert.ok(plan && !plan.includes('"level_override":{'), 'the override is gone from the saved plan');
  });
}

test('da: the numbers and the date of the words are offered for the empty fields, and the Markdown export says them', async () => {
  const { page } = await s.open({ locale: 'da-DK', bypassCSP: true });
  const bg = await newPlanWithBusinessGoal(page, 'Flere gæster i restauranten');
  const card = await addGoal(bg, 'Øge antallet af bordreservationer fra 1.200 til 2.000 inden udgangen af 2027', { main: true });
  const offer = card.getByTestId('figures-offer');
  await offer.waitFor();
  assert.match(await offer.textContent(), /udgangspunkt 1\.200, målværdi 2\.000, frist 31\.12\.2027/);
  // SMART does not ask for a baseline the words already give.
  const rules = await card.getByTestId('advice').evaluateAll((items) => items.map((i) => i.dataset.rule));
  assert.ok(!rules.some((r) => r.includes('baseline')), rules.join(', '));

  // Before they are accepted, the export gives the words' figures and says where they come from.
  let md = await downloadMarkdown(page);
  assert.match(md, /- Udgangspunkt → mål: 1\.200 → 2\.000 \(læst fra målets tekst\)\n/);
  assert.match(md, /- Frist: 31\.12\.2027 \(læst fra målets tekst\)\n/);
  await openTab(page, 'objectives');

  // Each empty field offers its value beside it; "Brug" writes it in and moves the focus to the field.
  await card.getByText('Måltal, tal og datoer').click();
  const offers = card.getByTestId('field-offer');
  await offers.first().waitFor();
  assert.deepEqual(
    (await offers.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim()),
    ['Fra din tekst: 1.200 Brug', 'Fra din tekst: 2.000 Brug', 'Fra din tekst: 31.12.2027 Brug'],
  );
  await screenshot(page, 'figures-offered-da-1280');
  assert.deepEqual(await axe(page, 'figures offered'), []);
  await card.getByRole('button', { name: 'Brug 1.200 som udgangspunkt' }).click();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'goal-baseline');
  assert.equal(await card.getByTestId('goal-baseline').inputValue(), '1200');
  assert.equal(await offers.count(), 2);
  assert.match(await offer.textContent(), /målværdi 2\.000, frist 31\.12\.2027/);

  // The rest in one click, from the line under the verdict.
  await offer.getByRole('button', { name: 'Udfyld felterne' }).click();
  await page.getByTestId('notice').filter({ hasText: /^Udfyldt fra din tekst: målværdi 2\.000, frist 31\.12\.2027\./ }).waitFor();
  assert.equal(await card.getByTestId('goal-target').inputValue(), '2000');
  assert.equal(await card.getByTestId('goal-deadline').inputValue(), '2027-12-31');
  assert.equal(await card.getByTestId('figures-offer').count(), 0);
  assert.equal(await offers.count(), 0);
  assert.equal(await card.getByTestId('smart-measurable').getAttribute('data-status'), 'met');
  await screenshot(page, 'figures-accepted-da-1280');

  md = await downloadMarkdown(page);
  assert.match(md, /- Udgangspunkt → mål: 1\.200 → 2\.000\n/);
  assert.match(md, /- Frist: 31\.12\.2027\n/);
  assert.doesNotMatch(md, /2000-12-31/);
});

test('nb: "Flere likes" in a Norwegian interface gets Norwegian advice, not English', async () => {
  const { page } = await s.open({ locale: 'nb-NO' });
  const bg = await newPlanWithBusinessGoal(page, 'Øke salget i nettbutikken');
  const card = await addGoal(bg, 'Flere likes', { main: true });
  const advice = card.getByTestId('advice');
  await advice.first().waitFor();
  const said = (await advice.allTextContents()).join(' | ');
  // Norwegian words, and none of the English sentences the same rules give in English.
  assert.match(said, /\b(og|ikke|målet|mål)\b/, said);
  assert.doesNotMatch(said, /\b(the|goal|and|measure)\b/i, said);
  await screenshot(page, 'flere-likes-nb-1280');
});

test('a notice already on screen follows a switch of language', async () => {
  const { page } = await s.open({ locale: 'en-GB' });
  const bg = await newPlanWithBusinessGoal(page, 'More visitors to the zoo');
  const card = await addGoal(bg, 'Get 400 wombats to the open day by June 2027', { main: true });
  await card.getByTestId('level-choice').getByRole('button').first().click();
  const notice = page.getByTestId('notice').filter({ hasText: /^Level set to/ });
  await notice.waitFor();
  await page.getByTestId('language').selectOption('nb');
  // The same notice, now in Norwegian, with its action still there.
  const same = page.getByTestId('notice').filter({ hasText: /Nivået er satt til/ });
  await same.waitFor();
  assert.equal(await page.getByTestId('notice').filter({ hasText: /^Level set to/ }).count(), 0);
  assert.equal(await same.getByRole('button', { name: 'Angre' }).count(), 1);
});
