// `npm run conformance` (never part of `npm test`): every line of the two real parser corpora in
// ../shared/samples/corpora through the real file pipeline, and per service and per corpus:
//  - address recall: attack (and probe) lines whose address an event of their class names;
//  - false alarms: failure-class events on lines the corpus (or this harness, saying why) marks
//    as not an attack;
//  - out of scope: lines that are not login attempts (spam, relay, web scans …), counted apart.
// `--misses` lists every missed line and false alarm.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSshguardCorpus } from './sshguardCorpus';
import { readCrowdsecCorpus } from './crowdsecCorpus';
import { judgeLine, readCorpusFile, type LineJudgement } from './measure';
import type { CorpusLine } from './corpusLine';

export type Tally = { attacks: number; found: number; benign: number; falseAlarms: number; out: number };

export type ConformanceResult = {
  rows: Map<string, Tally>;
  problems: { line: CorpusLine & { text: string }; judgement: LineJudgement }[];
  refusedFiles: string[];
};

const corpora = resolve('../shared/samples/corpora');
const encoder = new TextEncoder();

export async function measureConformance(): Promise<ConformanceResult> {
  const rows = new Map<string, Tally>();
  const problems: ConformanceResult['problems'] = [];
  const refusedFiles: string[] = [];
  const count = (line: CorpusLine & { text: string }, judgement: LineJudgement) => {
    for (const key of [
      `${line.corpus} · ${line.service}`,
      `${line.corpus} · all`,
      `both · ${line.service}`,
    ]) {
      const row = rows.get(key) ?? { attacks: 0, found: 0, benign: 0, falseAlarms: 0, out: 0 };
      if (line.label === 'out') row.out += 1;
      else if (line.label === 'benign') {
        row.benign += 1;
        if (judgement === 'false alarm') row.falseAlarms += 1;
      } else {
        row.attacks += 1;
        if (judgement === 'found') row.found += 1;
      }
      rows.set(key, row);
    }
    if (judgement === 'missed' || judgement === 'false alarm') problems.push({ line, judgement });
  };

  // SSHGuard: each line is a file of its own (its cases are independent of each other).
  for (const line of readSshguardCorpus(resolve(corpora, 'sshguard/tests.txt'))) {
    const reading = await readCorpusFile('corpus.log', encoder.encode(line.text + '\n'));
    count(line, judgeLine(line, reading.events.get(1) ?? []));
  }

  // CrowdSec: each test log is read whole, as a server wrote it.
  const crowdsec = readCrowdsecCorpus(resolve(corpora, 'crowdsec-hub'));
  for (const file of crowdsec.files) {
    const reading = await readCorpusFile(file.path, new Uint8Array(readFileSync(file.path)));
    if (reading.refused) refusedFiles.push(`${file.test}: ${reading.refused.slice(0, 160)}`);
    for (const line of crowdsec.lines.filter((candidate) => candidate.file === file.path)) {
      count(line, judgeLine(line, reading.events.get(line.lineNumber) ?? [], reading));
    }
  }
  return { rows, problems, refusedFiles };
}

function printTable(result: ConformanceResult): void {
  const keys = [...result.rows.keys()].sort((a, b) => {
    const [ca, sa] = a.split(' · ');
    const [cb, sb] = b.split(' · ');
    if (ca !== cb) return ca === 'both' ? 1 : cb === 'both' ? -1 : ca!.localeCompare(cb!);
    if (sa === 'all') return 1;
    if (sb === 'all') return -1;
    return sa!.localeCompare(sb!);
  });
  const header = [
    'corpus · service',
    'attack lines',
    'found',
    'recall',
    'not-attack lines',
    'false alarms',
    'out of scope',
  ];
  const table = keys.map((key) => {
    const row = result.rows.get(key)!;
    const recall = row.attacks === 0 ? '—' : (row.found / row.attacks).toFixed(3);
    return [key, row.attacks, row.found, recall, row.benign, row.falseAlarms, row.out].map(String);
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...table.map((cells) => cells[column]!.length)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const cells of table) console.log(format(cells));
}

if (process.argv[1] !== undefined && /run\.ts$/.test(process.argv[1])) {
  const result = await measureConformance();
  printTable(result);
  if (result.refusedFiles.length > 0) {
    console.log(`\nRefused files (${result.refusedFiles.length}):`);
    for (const file of result.refusedFiles) console.log(`  ${file}`);
  }
  console.log(`\n${result.problems.length} missed lines and false alarms (--misses lists them)`);
  if (process.argv.includes('--misses')) {
    for (const { line, judgement } of result.problems) {
      console.log(`  ${judgement.padEnd(11)} ${line.origin}  [${line.service}] ${line.text.slice(0, 170)}`);
    }
  }
}
