/** Layers from the polygons: country and admin-1 indexes, the chosen tariff and how it was chosen. */
import { TariffBasisSchema } from '../../../src/data/schemas.ts';
import { SRC } from '../../source-ids.ts';
import { nanArray, type LayerFamily } from '../types.ts';

/** Both index layers: uint16 indexes into a manifest list. */
const INDEX = { unit: 'index', type: 'uint16', scale: 1, offset: 0, noData: 65535 } as const;

export const regionLayers: LayerFamily = (inp, g) => {
  const cIdx = new Map(g.countries.map((c, i) => [c, i]));
  const rIdx = new Map(g.regions.map((c, i) => [c, i]));
  const v = new Float64Array(g.n);
  const w = nanArray(g.n);
  for (let k = 0; k < g.n; k++) {
    v[k] = cIdx.get(inp.countryProps[g.countryOf[k]!]!.iso3)!;
    if (g.regionOf[k]! >= 0) w[k] = rIdx.get(inp.admin1Props[g.regionOf[k]!]!.code)!;
  }
  return [
    {
      spec: {
        id: 'country',
        label: 'Country',
        ...INDEX,
        description:
          'Index into manifest.countries (ISO 3166-1 alpha-3, sorted; Natural Earth ADM0_A3 where no ISO code exists, e.g. KOS, SOL). Land = cell centre inside a Natural Earth 1:50m admin-0 polygon, Antarctica excluded.',
        sourceIds: [SRC.neAdmin0],
      },
      values: v,
    },
    {
      spec: {
        id: 'region',
        label: 'Admin-1 region',
        ...INDEX,
        description:
          'Index into manifest.regions (ISO 3166-2 codes of data/regions/admin1.geojson, sorted). noData outside the 9 countries Natural Earth 1:50m subdivides (RU, US, IN, ID, CN, BR, CA, AU, ZA).',
        sourceIds: [SRC.neAdmin1],
      },
      values: w,
    },
  ];
};

/** A categorical layer spec: uint8 index into `labels`. */
const categorical = (labels: readonly string[]) =>
  ({
    unit: 'category',
    type: 'uint8',
    scale: 1,
    offset: 0,
    noData: 255,
    categories: Object.fromEntries(labels.map((b, i) => [String(i), b])),
  }) as const;

export const tariffLayers: LayerFamily = (inp, g) => {
  const price = nanArray(g.n);
  const basis = nanArray(g.n);
  const source = nanArray(g.n);
  const bases = TariffBasisSchema.options;
  const sources = [...inp.tariffSourceIds];
  for (let k = 0; k < g.n; k++) {
    const t =
      g.regionOf[k]! >= 0
        ? inp.admin1Props[g.regionOf[k]!]!.tariff
        : inp.countryProps[g.countryOf[k]!]!.tariff;
    if (!t) continue;
    price[k] = t.usdPerKwh;
    basis[k] = bases.indexOf(t.basis);
    source[k] = sources.indexOf(t.sourceId);
  }
  return [
    {
      spec: {
        id: 'power_price',
        label: 'Power price',
        unit: 'USD/kWh',
        type: 'uint16',
        scale: 0.0001,
        offset: 0,
        noData: 65535,
        description:
          "Chosen tariff of the cell's region (its admin-1 polygon where Natural Earth has one, else its country), as in data/regions/*.geojson: industrial where known, else commercial, else World Bank 2019 small-business price (see power_price_basis). Exact to the 4 decimals of the source table.",
        sourceIds: [...inp.tariffSourceIds],
      },
      values: price,
    },
    {
      spec: {
        id: 'power_price_basis',
        label: 'Power price basis',
        unit: 'category',
        type: 'uint8',
        scale: 1,
        offset: 0,
        noData: 255,
        categories: Object.fromEntries(bases.map((b, i) => [String(i), b])),
        description:
          'How the power_price value was chosen (TariffBasis): subnational = own regional row; country = country-level row; country_fallback = region without own row gets the country price; worldbank_2019 = only the World Bank Doing Business 2019 small-business price exists. noData = no tariff at all.',
        sourceIds: [...inp.tariffSourceIds],
      },
      values: basis,
    },
    {
      spec: {
        id: 'power_price_source',
        label: 'Power price source',
        ...categorical(sources),
        description:
          "Source id (data/sources.json) of the tariff in power_price: the one source a cell's power-price value cites. noData = no tariff.",
        sourceIds: [...inp.tariffSourceIds],
      },
      values: source,
    },
  ];
};

/** Day-ahead wholesale price by country (Ember; scripts/wholesale.ts): the price basis the user can switch to. */
export const wholesaleLayers: LayerFamily = (inp, g) => {
  const price = nanArray(g.n);
  const zone = nanArray(g.n);
  const source = nanArray(g.n);
  const entries = [...inp.wholesale.values()];
  const zones = [...new Set(entries.map((w) => w.label))].sort();
  const sources = [...new Set(entries.map((w) => w.sourceId))].sort();
  for (let k = 0; k < g.n; k++) {
    const w = inp.wholesale.get(inp.countryProps[g.countryOf[k]!]!.iso3);
    if (!w) continue;
    price[k] = w.usdPerKwh;
    zone[k] = zones.indexOf(w.label);
    source[k] = sources.indexOf(w.sourceId);
  }
  return [
    {
      spec: {
        id: 'wholesale_price',
        label: 'Wholesale power price',
        unit: 'USD/kWh',
        type: 'uint16',
        scale: 0.0001,
        offset: 0,
        noData: 65535,
        description:
          "Day-ahead wholesale price of the cell's country (Ember, latest full year: mean of its 12 monthly load-weighted prices, converted with that year's mean ECB USD-per-EUR rate). Energy only: no network charges, taxes or levies. noData where no wholesale price exists (the retail price applies).",
        sourceIds: sources,
      },
      values: price,
    },
    {
      spec: {
        id: 'wholesale_zone',
        label: 'Wholesale price zone',
        ...categorical(zones),
        description:
          'What the wholesale_price value is: the price zone (Ember: the country; multi-zone countries such as Sweden, Norway, Denmark and Italy have one national figure) with its source and year.',
        sourceIds: sources,
      },
      values: zone,
    },
    {
      spec: {
        id: 'wholesale_source',
        label: 'Wholesale price source',
        ...categorical(sources),
        description: 'Source id (data/sources.json) of the wholesale_price value.',
        sourceIds: sources,
      },
      values: source,
    },
  ];
};
