/** Import steps for browser journeys: pick a file, read the outcome, the imported sites and their scores. */
import type { AppDriver } from './driver.ts';

export interface ImportFile {
  name: string;
  text?: string;
  buffer?: Buffer;
  path?: string;
  mimeType?: string;
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
        mimeType: file.mimeType ?? 'text/plain',
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

  /** Lines of the first "Rows not imported" list (the last attempt's, else the first layer's). */
  async rowErrors(): Promise<string[]> {
    return this.panel
      .getByRole('list', { name: /^Rows not imported/ })
      .first()
      .getByRole('listitem')
      .allTextContents();
  }

  /** The import layer section named `name`. */
  layer(name: string) {
    return this.panel.getByRole('region', { name: `Import layer ${name}`, exact: true });
  }

  /** Names of the import layers, in order. */
  async layerNames(): Promise<string[]> {
    const labels = await this.panel
      .getByRole('list', { name: 'Import layers' })
      .getByRole('region')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    return labels.map((l) => l.replace(/^Import layer /, ''));
  }

  /** Names of the imported sites, in order: of one layer, or of all. */
  async siteNames(layer?: string): Promise<string[]> {
    const scope = layer ? this.layer(layer) : this.panel;
    const labels = await scope
      .getByRole('list', { name: /^Imported sites of / })
      .getByRole('article')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    return labels.map((l) => l.replace(/^Imported /, ''));
  }

  /** Score lines of the imported sites (of one layer, or of all), once none is loading. */
  async scores(layer?: string): Promise<string[]> {
    await this.page.waitForFunction(() => {
      const all = [...document.querySelectorAll('[data-testid="import-score"]')];
      return all.length > 0 && all.every((e) => !e.textContent?.includes('loading'));
    });
    return (layer ? this.layer(layer) : this.panel).getByTestId('import-score').allTextContents();
  }

  /** Removes every import layer. */
  async removeAllLayers(): Promise<void> {
    for (const name of await this.layerNames())
      await this.panel.getByRole('button', { name: `Remove ${name}`, exact: true }).click();
    await this.panel.getByRole('list', { name: 'Import layers' }).waitFor({ state: 'detached' });
  }

  async addToShortlist(name: string): Promise<void> {
    await this.panel.getByRole('button', { name: `Add ${name} to shortlist`, exact: true }).click();
    await this.panel.getByRole('button', { name: `${name} is in the shortlist`, exact: true }).waitFor();
  }
}
