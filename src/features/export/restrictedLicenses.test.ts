/** Restricted licences travel with exports: every non-commercial or share-alike source used is named, no other. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourcesFileSchema } from '../../contract/sources.ts';
import { buildExportMetadata, metadataLines, restrictedLicenses } from './exportMetadata.ts';
import { defaultConfig } from '../../domain/index.ts';

const sources = SourcesFileSchema.parse(JSON.parse(readFileSync('data/sources.json', 'utf8'))).sources;

describe('restricted licences in exports', () => {
  it('names exactly the non-commercial and share-alike sources among those used', () => {
    const used = sources.map((s) => s.id);
    const out = restrictedLicenses(used, sources);
    expect(out.map((l) => l.sourceId)).toEqual(
      sources
        .filter((s) => s.nonCommercial || s.shareAlike)
        .map((s) => s.id)
        .sort((a, b) => a.localeCompare(b)),
    );
    expect(out.some((l) => l.shareAlike)).toBe(true);
    expect(out.some((l) => l.nonCommercial)).toBe(true);
  });

  it('lists none when only unrestricted sources were used, and says so in the file header', () => {
    const open = sources.filter((s) => !s.nonCommercial && !s.shareAlike).map((s) => s.id);
    expect(restrictedLicenses(open, sources)).toEqual([]);
    const shareAlike = sources.find((s) => s.shareAlike)!;
    const lines = metadataLines(
      buildExportMetadata(defaultConfig(), null, new Date(0), restrictedLicenses([shareAlike.id], sources)),
    );
    expect(lines.at(-1)).toContain(`${shareAlike.id} (`);
    expect(lines.at(-1)).toContain('share-alike');
    expect(lines.at(-1)).toContain(shareAlike.license);
  });
});
