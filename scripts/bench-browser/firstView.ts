/**
 * First view: navigation → datasets settled → map idle → surface drawn, and bytes on the wire (encoded response
 * sizes from CDP Network.loadingFinished), median of `runs` fresh contexts. Also lists the largest files the first
 * view transferred, so what the first view does not need shows up.
 */
import type { Page } from 'playwright-core';
import { median, waitForMatch, type BenchContext, type Row } from './types.ts';

interface Transfer {
  url: string;
  bytes: number;
  encoding: string;
}

interface Sample {
  settled: number;
  idle: number;
  surface: number;
  firstViewMeasure: number | null;
  bytes: number;
  transfers: Transfer[];
}

/** Milliseconds since navigation start, read in the page. */
const now = (page: Page) => page.evaluate(() => performance.now());

async function sample(ctx: BenchContext): Promise<Sample> {
  const { page, cdp, close } = await ctx.newPage();
  const urls = new Map<string, string>();
  const encodings = new Map<string, string>();
  const transfers: Transfer[] = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(
      Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]),
    );
    encodings.set(e.requestId, String(headers['content-encoding'] ?? ''));
  });
  cdp.on('Network.loadingFinished', (e) =>
    transfers.push({
      url: urls.get(e.requestId) ?? '?',
      bytes: e.encodedDataLength,
      encoding: encodings.get(e.requestId) ?? '',
    }),
  );
  await page.goto(`${ctx.baseUrl}/`);
  await waitForMatch(page, 'body[data-datasets="settled"]');
  const settled = await now(page);
  await ctx.waitForMapIdle(page);
  const idle = await now(page);
  await waitForMatch(page, '[data-testid="map"][data-rescores]');
  await ctx.waitForMapIdle(page);
  const surface = await now(page);
  const firstViewMeasure = await page.evaluate(
    () => performance.getEntriesByName('gridscout:first-view', 'measure')[0]?.duration ?? null,
  );
  const atFirstView = [...transfers];
  await close();
  return {
    settled,
    idle,
    surface,
    firstViewMeasure,
    bytes: atFirstView.reduce((sum, t) => sum + t.bytes, 0),
    transfers: atFirstView,
  };
}

const kb = (bytes: number) => Math.round(bytes / 1024);

export async function run(ctx: BenchContext): Promise<Row[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < ctx.runs; i++) samples.push(await sample(ctx));
  const section = 'first view';
  const note = `median of ${samples.length} fresh contexts`;
  const measures = samples.map((s) => s.firstViewMeasure).filter((m): m is number => m !== null);
  const rows: Row[] = [
    {
      section,
      metric: 'navigation → datasets settled',
      value: Math.round(median(samples.map((s) => s.settled))),
      unit: 'ms',
      note,
    },
    {
      section,
      metric: 'navigation → map idle',
      value: Math.round(median(samples.map((s) => s.idle))),
      unit: 'ms',
      note,
    },
    {
      section,
      metric: 'navigation → surface drawn, map idle',
      value: Math.round(median(samples.map((s) => s.surface))),
      unit: 'ms',
      note,
    },
    {
      section,
      metric: 'gridscout:first-view measure',
      value: measures.length ? Math.round(median(measures)) : 'not recorded',
      unit: measures.length ? 'ms' : '',
      note,
    },
    {
      section,
      metric: 'bytes on the wire at first view',
      value: kb(median(samples.map((s) => s.bytes))),
      unit: 'KB',
      note,
    },
    {
      section,
      metric: 'requests at first view',
      value: median(samples.map((s) => s.transfers.length)),
      note,
    },
  ];
  const largest = [...samples[0]!.transfers]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, process.env.BENCH_ALL_FILES ? undefined : 12);
  for (const t of largest)
    rows.push({
      section: 'first-view files (largest)',
      metric: new URL(t.url).pathname,
      value: kb(t.bytes),
      unit: 'KB',
      note: t.encoding || 'identity',
    });
  return rows;
}
