/**
 * npm run data [-- --input DIR] [-- --output DIR] [-- --report] [-- --check]
 * Reads the raw shared data (default ../shared/data from the repo root, or $GRIDSCOUT_RAW) and writes data/.
 * --check builds into a temporary folder and compares it byte for byte with the output folder instead
 * (exit 1 and the list of differing files when they differ); the output folder is not touched.
 */
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, buildInto, tempSibling } from './build.ts';
import { diffDirs } from './lib/io.ts';
import { printCounts, printReport } from './report.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Args {
  input: string;
  output: string;
  report: boolean;
  check: boolean;
}

function parseArgs(argv: string[]): Args {
  let input = process.env.GRIDSCOUT_RAW || resolve(repoRoot, '../shared/data');
  let output = resolve(repoRoot, 'data');
  let report = false;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--input') input = resolve(argv[++i] ?? '');
    else if (a.startsWith('--input=')) input = resolve(a.slice(8));
    else if (a === '--output') output = resolve(argv[++i] ?? '');
    else if (a.startsWith('--output=')) output = resolve(a.slice(9));
    else if (a === '--report') report = true;
    else if (a === '--check') check = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return { input, output, report, check };
}

/** Exit code 0 when a fresh build equals `output` byte for byte, else 1 (differing files printed). */
async function check(args: Args): Promise<number> {
  console.log(`gridscout data --check: ${args.input} vs ${args.output}`);
  const tmp = tempSibling(args.output, 'check');
  try {
    await buildInto(args.input, tmp);
    const diff = diffDirs(args.output, tmp);
    if (diff.length === 0) {
      console.log('  data is up to date: every file equals a fresh build');
      return 0;
    }
    console.error(`  ${diff.length} file(s) differ from a fresh build (run npm run data and commit):`);
    const what = {
      differs: 'differs',
      missing: 'not written by a fresh build',
      extra: 'missing (a fresh build writes it)',
    };
    for (const d of diff) console.error(`    ${d.file}: ${what[d.change]}`);
    return 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.check) return check(args);
  const t0 = Date.now();
  console.log(`gridscout data: ${args.input} -> ${args.output}`);
  const result = await build({ input: args.input, output: args.output, log: (m) => console.log(`  ${m}`) });
  printCounts(result);
  printReport(result.report, args.report);
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s (${result.generated})`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
