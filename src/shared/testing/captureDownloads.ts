/** For jsdom tests: records what downloadText saves (file name and text) instead of letting the browser save it. */
import { vi } from 'vitest';

export interface CapturedDownload {
  name: string;
  text: Promise<string>;
}

/** Call in beforeEach (restore with vi.restoreAllMocks); the returned list fills as files are saved. */
export function captureDownloads(): CapturedDownload[] {
  const downloads: CapturedDownload[] = [];
  let lastBlob: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    lastBlob = blob;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, text: lastBlob!.text() });
  });
  return downloads;
}
