/**
 * npm run data [-- --input DIR] [-- --output DIR] [-- --report]
 * Reads the raw shared data (default ../shared/data from the repo root, or $GRIDSCOUT_RAW) and writes data/.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build.ts';
import { printCounts, writeReport } from './report.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv: string[]): { input: string; output: string; report: boolean } {
  let input = process.env.GRIDSCOUT_RAW || resolve(repoRoot, '../shared/data');
  let output = resolve(repoRoot, 'data');
  let report = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--input') input = resolve(argv[++i] ?? '');
    else if (a.startsWith('--input=')) input = resolve(a.slice(8));
    else if (a === '--output') output = resolve(argv[++i] ?? '');
    else if (a.startsWith('--output=')) output = resolve(a.slice(9));
    else if (a === '--report') report = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return { input, output, report };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  console.log(`gridscout data: ${args.input} -> ${args.output}`);
  const result = await build({ input: args.input, output: args.output, log: (m) => console.log(`  ${m}`) });
  printCounts(result);
  writeReport(result, args.output, args.report);
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s (${result.generated})`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
