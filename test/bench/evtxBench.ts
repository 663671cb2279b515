// The EVTX row of `npm run bench`: records per second of our reader against
// ../shared/tools/evtx2xml.py on the same file in the same run, and the command line's whole
// analysis of it; peak memory for a file ten times the size, to show it stays flat. The files are
// made by repeating the chunk of a CC0 sample (40 Security records of 15 event types) and fixing
// the header (test/support/evtxEdits.ts), never committed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repeatedChunks } from '../support/evtxEdits';

const sample = resolve(
  'test/fixtures/windows/evtx/ID47x_4661-4662_5136_4688_4697-SAM_the_admin_CVE-2021-42287.evtx',
);
const converter = resolve('../shared/tools');
const chunkCounts = [250, 2500];

type ReaderRun = { records: number; ms: number; cpuMs: number; maxRssMb: number };

function evtxFile(dir: string, chunks: number): string {
  const path = resolve(dir, `security-${chunks}-chunks.evtx`);
  if (!existsSync(path)) writeFileSync(path, repeatedChunks(new Uint8Array(readFileSync(sample)), chunks));
  return path;
}

function inChild(script: string, path: string): ReaderRun & { lines?: number } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', resolve(script), path], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`${script} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as ReaderRun;
}

/** evtx2xml.py's records() over the file, timed inside Python (start-up and printing left out). */
function reference(path: string): { records: number; ms: number; cpuMs: number } | undefined {
  if (!existsSync(resolve(converter, 'evtx2xml.py'))) return undefined;
  const program =
    'import sys, time\n' +
    `sys.path.insert(0, ${JSON.stringify(converter)})\n` +
    'import evtx2xml\n' +
    'wall, cpu = time.perf_counter(), time.process_time()\n' +
    'records = sum(1 for _ in evtx2xml.records(sys.argv[1]))\n' +
    'print(records, (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000)\n';
  const [records, ms, cpuMs] = execFileSync('python3', ['-c', program, path], { encoding: 'utf8' })
    .trim()
    .split(' ')
    .map(Number) as [number, number, number];
  return { records, ms, cpuMs };
}

const perSecond = (records: number, ms: number) =>
  `${Math.round((records / ms) * 1000).toLocaleString('en-US')} records/s`;
const mb = (value: number) => `${value.toFixed(0)} MB`;
const byCpu = <T extends { cpuMs: number }>(runs: T[]) => [...runs].sort((a, b) => a.cpuMs - b.cpuMs);

export function runEvtxBench(dir: string): void {
  const [small, large] = chunkCounts.map((chunks) => evtxFile(dir, chunks)) as [string, string];
  const size = (path: string) => `${(readFileSync(path).length / 1024 ** 2).toFixed(0)} MB`;
  console.log(
    `\nEVTX reader (${size(small)} and ${size(large)} files of a CC0 chunk repeated), best of 3 by CPU time:`,
  );
  const smallRuns = byCpu([0, 1, 2].map(() => inChild('test/bench/evtxOnce.ts', small)));
  const largeRuns = byCpu([0, 1, 2].map(() => inChild('test/bench/evtxOnce.ts', large)));
  const [ours, oursSmall] = [largeRuns[0]!, smallRuns[0]!];
  console.log(
    `  our reader: ${ours.records.toLocaleString('en-US')} records in ${(ours.ms / 1000).toFixed(2)} s ` +
      `(${perSecond(ours.records, ours.ms)}; by CPU time ${perSecond(ours.records, ours.cpuMs)}; ` +
      `marginal over the ${size(small)} file, start-up left out: ` +
      `${perSecond(ours.records - oursSmall.records, ours.cpuMs - oursSmall.cpuMs)}; target ≥ 50,000)`,
  );
  const theirs = reference(large);
  if (theirs) {
    console.log(
      `  evtx2xml.py on the same file: ${(theirs.ms / 1000).toFixed(2)} s (${perSecond(theirs.records, theirs.ms)}; ` +
        `by CPU time ${perSecond(theirs.records, theirs.cpuMs)}): ours is ` +
        `${(theirs.cpuMs / ours.cpuMs).toFixed(1)}× faster by CPU time`,
    );
  } else {
    console.log('  evtx2xml.py: not run (../shared/tools is not on this computer)');
  }
  const analysis = byCpu([0, 1].map(() => inChild('test/bench/analyzeOnce.ts', large)))[0]!;
  const analysisSmall = inChild('test/bench/analyzeOnce.ts', small);
  console.log(
    `  npm run cli -- analyze on it (read, one XML line per event, analysis): ${(analysis.ms / 1000).toFixed(2)} s ` +
      `(${perSecond(analysis.lines ?? 0, analysis.ms)}; by CPU time ${perSecond(analysis.lines ?? 0, analysis.cpuMs)})`,
  );
  const median = (runs: { maxRssMb: number }[]) => runs.map((run) => run.maxRssMb).sort((a, b) => a - b)[1]!;
  console.log(
    `  peak memory (median): reader ${mb(median(smallRuns))} for ${size(small)}, ${mb(median(largeRuns))} for ` +
      `${size(large)}; analyze ${mb(analysisSmall.maxRssMb)} and ${mb(analysis.maxRssMb)} ` +
      '(the reader holds one 64 KiB chunk; the analysis keeps every login with its line)',
  );
}
