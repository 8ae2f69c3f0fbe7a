// Page objects: the app as a user sees it, found by role, label and test id.
import fs from 'node:fs/promises';

/// Opens one of an open plan's section tabs.
export const openTab = (page, name) => page.getByTestId(`tab-${name}`).click();

// New items take focus on the next frame; typing before that would type into the button.
export async function typeWhenFocused(page, text) {
  await page.waitForFunction(() => ['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName));
  await page.keyboard.type(text);
}

/// Adds a goal under a business goal's card, writes `text` (none: the goal stays empty) and ticks or
/// unticks it as a main goal; returns the goal's card.
export async function addGoal(businessGoal, text, { main }) {
  const index = await businessGoal.getByTestId('goal-card').count();
  await businessGoal.getByTestId('add-goal').click();
  const card = businessGoal.getByTestId('goal-card').nth(index);
  if (text) await card.getByTestId('goal-statement').fill(text);
  const box = card.getByTestId('goal-is-main');
  if ((await box.isChecked()) !== main) await box.click();
  return card;
}

export class PlansPage {
  constructor(page) {
    this.page = page;
    this.cards = page.getByTestId('plan-card');
    this.notices = page.getByTestId('notice');
  }

  card(title) {
    return this.cards.filter({ has: this.page.getByTestId('plan-title').getByText(title, { exact: true }) });
  }

  async newPlan() {
    await this.page.getByTestId('new-plan').click();
    await this.page.getByTestId('plan-heading').waitFor();
    return new PlanPage(this.page);
  }

  async importFile(file) {
    await this.page.getByTestId('import-input').setInputFiles(file);
  }

  async exportPlan(title) {
    const download = this.page.waitForEvent('download');
    await this.card(title).getByRole('button', { name: 'Export' }).click();
    return readDownload(await download);
  }

  async deletePlan(title) {
    const card = this.card(title);
    await card.getByRole('button', { name: 'Delete' }).click();
    await card.getByTestId('confirm-delete').click();
  }

  async storage() {
    return this.page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  }
}

export class PlanPage {
  constructor(page) {
    this.page = page;
    this.heading = page.getByTestId('plan-heading');
    this.title = page.getByLabel('Title');
    this.description = page.getByLabel('The business and its situation');
  }

  async backToPlans() {
    await this.page.getByTestId('back-to-plans').click();
    await this.page.getByTestId('new-plan').waitFor();
    return new PlansPage(this.page);
  }

  async exportPlan() {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-plan').click();
    return readDownload(await download);
  }
}

async function readDownload(download) {
  const file = await download.path();
  return { name: download.suggestedFilename(), file, text: await fs.readFile(file, 'utf8') };
}
