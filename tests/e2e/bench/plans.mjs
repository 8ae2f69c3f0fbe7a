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

/// The text of a pretty-printed plan file of exactly `bytes` bytes (as the app exports them), made of
/// goals and, to reach the size exactly, a description.
export function planFileOfSize(bytes, { id = 'big', title = 'Big import' } = {}) {
  const text = (file) => JSON.stringify(file, null, 2);
  let count = 1;
  while (Buffer.byteLength(text(planWithGoals(count * 2, { id, title }))) < bytes - 4096) count *= 2;
  let lo = count, hi = count * 2;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (Buffer.byteLength(text(planWithGoals(mid, { id, title }))) < bytes - 4096) lo = mid; else hi = mid;
  }
  const file = planWithGoals(lo, { id, title });
  file.plan.description = '';
  const padding = bytes - Buffer.byteLength(text(file));
  file.plan.description = 'x'.repeat(Math.max(0, padding));
  const result = text(file);
  return { text: result, goals: lo };
}
