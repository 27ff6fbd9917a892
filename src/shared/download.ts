/** Saves text as a file through a Blob and an object URL (the CSP allows blob:). */
export function downloadText(filename: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "gridscout-shortlist-2026-11-24.csv" */
export function exportFileName(base: string, extension: string, now: Date): string {
  return `gridscout-${base}-${now.toISOString().slice(0, 10)}.${extension}`;
}
