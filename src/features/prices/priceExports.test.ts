/** The user's own prices travel with every export: the CSV's metadata file, GeoJSON and KML metadata. */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../domain/index.ts';
import { TEST_ENTRIES } from '../../shared/testing/shortlistTestGrid.ts';
import { parseMetadataSidecar } from '../export/exportMetadataSchema.ts';
import { OWN_PRICE_BASIS, buildExportMetadata, metadataLines } from '../export/exportMetadata.ts';
import { buildShortlistExport } from '../export/shortlistExport.ts';

const prices = [
  { code: 'US-TX', usdPerKwh: 0.03, label: 'PPA quote\nline two' },
  { code: 'DEU', usdPerKwh: 0.118 },
];
const config = { ...defaultConfig(), priceOverrides: prices };

describe('own prices in exports', () => {
  it('lists them sorted by code, named "your figure", with code, USD/kWh and label', () => {
    const m = buildExportMetadata(config, null, new Date(0));
    expect(OWN_PRICE_BASIS).toBe('your figure');
    expect(m.ownPrices).toEqual([
      { basis: 'your figure', code: 'DEU', usdPerKwh: 0.118, label: null },
      { basis: 'your figure', code: 'US-TX', usdPerKwh: 0.03, label: 'PPA quote\nline two' },
    ]);
    expect(metadataLines(m)).toContain(
      "Your own prices (your figure, replacing the data's power price there): DEU 0.118 USD/kWh; US-TX 0.03 USD/kWh (PPA quote line two)",
    );
  });

  it('says none when there are none', () => {
    const m = buildExportMetadata(defaultConfig(), null, new Date(0));
    expect(m.ownPrices).toEqual([]);
    expect(metadataLines(m).find((l) => l.startsWith('Your own prices'))).toMatch(/: none$/);
  });

  it('the CSV, GeoJSON and KML carry them', () => {
    const sidecar = buildShortlistExport('csv', TEST_ENTRIES, null, config, null, new Date(0)).sidecar!;
    const meta = parseMetadataSidecar(sidecar.text);
    expect(meta.ownPrices.map((p) => [p.code, p.usdPerKwh])).toEqual([
      ['DEU', 0.118],
      ['US-TX', 0.03],
    ]);
    expect(meta.summary.filter((l) => l.startsWith('Your own prices'))).toHaveLength(1);
    const geojson = JSON.parse(
      buildShortlistExport('geojson', TEST_ENTRIES, null, config, null, new Date(0)).text,
    ) as { metadata: { ownPrices: unknown[] } };
    expect(geojson.metadata.ownPrices).toHaveLength(2);
    const kml = buildShortlistExport('kml', TEST_ENTRIES, null, config, null, new Date(0)).text;
    expect(kml).toContain('US-TX 0.03 USD/kWh (PPA quote line two)');
  });
});
