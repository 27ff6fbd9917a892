/** Shortlist steps for browser journeys: add from the details card, open the tab, export, share, compare. */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Download, Page } from 'playwright-core';
import type { AppDriver } from './driver.ts';

export class ShortlistDriver {
  constructor(readonly app: AppDriver) {}

  get page() {
    return this.app.page;
  }

  get panel() {
    return this.page.getByRole('tabpanel');
  }

  /** Adds whatever the details card shows. */
  async addFromDetails(): Promise<void> {
    const details = this.page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('button', { name: 'Add to shortlist' }).click();
    await details.getByRole('button', { name: 'In shortlist' }).waitFor();
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Shortlist' }).click();
  }

  /** Names of the shortlisted places, in order. */
  async names(): Promise<string[]> {
    const list = this.panel.getByRole('list', { name: 'Shortlisted places' });
    await list.waitFor();
    const labels = await list
      .getByRole('article')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    return labels.map((l) => l.replace(/^Shortlisted /, ''));
  }

  async setNote(name: string, note: string): Promise<void> {
    await this.panel.getByRole('textbox', { name: `Notes for ${name}` }).fill(note);
  }

  async note(name: string): Promise<string> {
    return this.panel.getByRole('textbox', { name: `Notes for ${name}` }).inputValue();
  }

  /** The score text of each place, waiting until none is still loading. */
  async scores(): Promise<string[]> {
    const cells = this.panel.getByTestId('shortlist-score');
    await this.page.waitForFunction(() => {
      const all = [...document.querySelectorAll('[data-testid="shortlist-score"]')];
      // Scored at the exact point: the cell score shows first, until the point datasets have loaded.
      return all.length > 0 && all.every((e) => (e as HTMLElement).dataset.scoredAt === 'point');
    });
    return cells.allTextContents();
  }

  /** Clicks an export button and returns the downloaded file's name and text. */
  async download(
    buttonName: string,
    root: Pick<Page, 'getByRole'> = this.page,
  ): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      root.getByRole('button', { name: buttonName }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  async shareLink(): Promise<string> {
    await this.panel.getByRole('button', { name: 'Copy share link' }).click();
    return this.panel.getByRole('textbox', { name: 'Share link' }).inputValue();
  }

  /** The name field of the place at `index` (found by position: its label follows the name as it changes). */
  nameField(index = 0) {
    return this.panel
      .getByRole('list', { name: 'Shortlisted places' })
      .getByRole('article')
      .nth(index)
      .getByRole('textbox')
      .first();
  }

  async compare(names: readonly string[]) {
    for (const name of names) await this.panel.getByRole('checkbox', { name: `Compare ${name}` }).check();
    await this.panel.getByRole('button', { name: /^Compare selected/ }).click();
    return this.page.getByRole('dialog', { name: `Compare ${names.length} sites` });
  }

  /** Clicks an export button that saves `count` files (a CSV and its metadata file) and returns them in order. */
  async downloads(
    buttonName: string,
    count: number,
    root: Pick<Page, 'getByRole'> = this.page,
  ): Promise<{ name: string; text: string }[]> {
    const files: Download[] = [];
    const all = new Promise<void>((resolve, reject) => {
      const on = (d: Download) => {
        files.push(d);
        if (files.length < count) return;
        clearTimeout(timer);
        this.page.off('download', on);
        resolve();
      };
      const timer = setTimeout(() => {
        this.page.off('download', on);
        reject(new Error(`"${buttonName}" saved ${files.length} of ${count} files within 15 s`));
      }, 15_000);
      this.page.on('download', on);
    });
    await root.getByRole('button', { name: buttonName }).click();
    await all;
    return Promise.all(
      files.map(async (d) => ({ name: d.suggestedFilename(), text: await readFile(await d.path(), 'utf8') })),
    );
  }
}

/** Stores `value` as the saved shortlist before the app's first load in `context` (later loads keep their own). */
export async function seedShortlist(context: BrowserContext, value: string): Promise<void> {
  await context.addInitScript((text) => {
    if (!sessionStorage.getItem('gridscout.test.seeded')) {
      localStorage.setItem('gridscout.shortlist', text);
      sessionStorage.setItem('gridscout.test.seeded', '1');
    }
  }, value);
}
