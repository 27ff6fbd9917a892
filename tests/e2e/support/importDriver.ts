/** Import steps for browser journeys: pick a file, read the outcome, the imported sites and their scores. */
import type { AppDriver } from './driver.ts';

export interface ImportFile {
  name: string;
  text?: string;
  buffer?: Buffer;
  path?: string;
}

export class ImportDriver {
  constructor(readonly app: AppDriver) {}

  get page() {
    return this.app.page;
  }

  get panel() {
    return this.page.getByRole('tabpanel');
  }

  /** Picks a file in the "Import candidate sites" file input and waits for the outcome line. */
  async importFile(file: ImportFile): Promise<string> {
    await this.panel.getByRole('button', { name: 'Import candidate sites' }).waitFor();
    const input = this.panel.getByLabel('Candidate sites file');
    const before = await this.status();
    if (file.path) await input.setInputFiles(file.path);
    else
      await input.setInputFiles({
        name: file.name,
        mimeType: 'text/plain',
        buffer: file.buffer ?? Buffer.from(file.text ?? '', 'utf8'),
      });
    await this.page.waitForFunction((prev) => {
      const text = document.querySelector('.import-outcome [role="status"]')?.textContent ?? '';
      return text !== '' && text !== prev;
    }, before);
    return this.status();
  }

  async status(): Promise<string> {
    const status = this.panel.locator('.import-outcome [role="status"]');
    return (await status.count()) ? ((await status.textContent()) ?? '') : '';
  }

  /** Lines of the "Rows not imported" list. */
  async rowErrors(): Promise<string[]> {
    return this.panel
      .getByRole('list', { name: 'Rows not imported' })
      .getByRole('listitem')
      .allTextContents();
  }

  /** Names of the imported sites, in order. */
  async siteNames(): Promise<string[]> {
    const labels = await this.panel
      .getByRole('list', { name: 'Imported sites' })
      .getByRole('article')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    return labels.map((l) => l.replace(/^Imported /, ''));
  }

  /** Score lines of the imported sites, once none is loading. */
  async scores(): Promise<string[]> {
    await this.page.waitForFunction(() => {
      const all = [...document.querySelectorAll('[data-testid="import-score"]')];
      return all.length > 0 && all.every((e) => !e.textContent?.includes('loading'));
    });
    return this.panel.getByTestId('import-score').allTextContents();
  }

  async addToShortlist(name: string): Promise<void> {
    await this.panel.getByRole('button', { name: `Add ${name} to shortlist`, exact: true }).click();
    await this.panel.getByRole('button', { name: `${name} is in the shortlist`, exact: true }).waitFor();
  }
}
