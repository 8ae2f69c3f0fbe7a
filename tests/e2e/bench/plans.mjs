// Plan files for the benchmarks, in the app's export format.

const templates = [
  (i) => `Get ${20 + (i % 50)} more table bookings per week from Instagram by March 2027`,
  (i) => `Grow our TikTok followers to ${1000 + i * 10} among students in Bergen by June`,
  (i) => `Increase likes per post on Facebook by ${5 + (i % 30)}% this quarter`,
  (i) => `Receive ${10 + (i % 40)} inquiries per month via Messenger from local businesses`,
  (i) => `Raise the average watch time of our Reels to ${10 + (i % 20)} seconds by May`,
  (i) => `Sell ${50 + i} tickets for the autumn concert through LinkedIn ads before 1 October`,
  (i) => `Get ${100 + i} newsletter sign-ups from the Instagram bio link by the end of the year`,
  (i) => `Reach ${5000 + i * 3} people in Tromsø with the winter campaign`,
];

/// A plan with `count` goals; the first goal's statement is `first`.
export function planWithGoals(count, { id = 'bench', title = 'Bench', first = null } = {}) {
  const goals = [];
  for (let i = 1; i <= count; i++) {
    goals.push({
      id: `g${i}`,
      statement: i === 1 && first !== null ? first : templates[i % templates.length](i),
      business_goal: 'bg1',
      is_main: i % 10 === 1,
    });
  }
  return {
    format: 'goal-ladder-plan',
    version: 1,
    exported_at: '2026-01-01T00:00:00.000Z',
    plan: { id, title, business_goals: [{ id: 'bg1', statement: 'More sales' }], goals },
  };
}

/// The text of a pretty-printed plan file of about `bytes` bytes (as the app exports them) that the app
/// accepts: at most `maxGoals` goals (the app's limit), each with a note of at most `maxNote` characters to
/// reach the size, and the last bytes in the description (itself at most `maxText` characters).
export function planFileOfSize(
  bytes,
  { id = 'big', title = 'Big import', maxGoals = 1000, maxNote = 5000, maxText = 20000 } = {},
) {
  const text = (file) => JSON.stringify(file, null, 2);
  const file = planWithGoals(maxGoals, { id, title });
  // A note adds its characters and about 20 bytes of key and indentation to the file.
  const perGoal = Math.floor((bytes - Buffer.byteLength(text(file)) - 2048) / maxGoals) - 20;
  const note = 'n'.repeat(Math.max(0, Math.min(maxNote, perGoal)));
  for (const goal of file.plan.goals) goal.notes = note;
  file.plan.description = '';
  const padding = bytes - Buffer.byteLength(text(file));
  file.plan.description = 'x'.repeat(Math.max(0, Math.min(maxText, padding)));
  return { text: text(file), goals: maxGoals };
}
