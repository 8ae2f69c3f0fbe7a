// Page objects: the app as a user sees it, found by role, label and test id.
import fs from 'node:fs/promises';

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
