// `report FILE... --out DIR`: the whole path from log files to the documents, without a screen:
// summary.pdf, one .eml draft per abuse mailbox, and a .txt note per group of internal addresses.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Login } from '../../renderer/core/analysis/attackSource';
import { flagLogins } from '../../renderer/core/analysis/attackTally';
import { attackAttempts } from '../../renderer/core/analysis/attackOrder';
import { mergeFileSources } from '../../renderer/core/analysis/crossFileAttempts';
import { createLogAnalyzer, type LogAnalysis } from '../../renderer/core/analysis/logAnalyzer';
import { binaryFormatOf, detectFormat, detectionSampleLines } from '../../renderer/core/logs/formatRegistry';
import type { LogFormat } from '../../renderer/core/logs/logFormat';
import { reportAudience, type SourceOwner } from '../../renderer/core/report/abuseGroups';
import { composeAbuseEmail } from '../../renderer/core/report/abuseEmail';
import { addressMatcher } from '../../renderer/core/report/addressTokens';
import { reportVerdict } from '../../renderer/core/report/managementSummary';
import { caseVerdict } from '../../renderer/core/analysis/caseVerdict';
import { defaultAttackThresholds } from '../../renderer/core/analysis/attackThresholds';
import { lineAccountingText } from '../../renderer/core/analysis/lineAccounting';
import type { AttemptTimeline } from '../../renderer/core/analysis/attemptTimeline';
import type { FileSummary } from '../../renderer/core/analysis/logAnalyzer';
import { internalAddressNotes } from '../../renderer/core/report/internalNote';
import { collectReportEvidence, type EvidenceText } from '../../renderer/core/report/reportEvidence';
import { dateForFileName } from '../../renderer/core/report/reportTime';
import { summaryReport } from '../../renderer/core/report/summaryReport';
import { reportTimeline } from '../../renderer/core/report/reportTimeline';
import { detectTextEncoding } from '../../renderer/core/text/textEncoding';
import { renderSummaryPdfFile } from '../report/renderSummaryPdfFile';
import { composeEml } from '../report/composeEml';
import { terminalText } from '../../renderer/core/text/terminalText';
import { CliError } from './cliError';
import { knownProblem } from './failureSentence';
import { checkReadable } from './readLogFile';
import { lookUpOwners, type OwnerSource } from './reportOwners';

export type ReportOptions = {
  files: string[];
  outDir: string;
  year: number | undefined;
  timeZone: string;
  organisation: string;
  fromEmail: string;
  knownGood: string[];
  maskUsers: string[];
  owners: OwnerSource;
  assetsDir: string;
  now: number;
};

type ReadFile = {
  path: string;
  text: string;
  size: number;
  sha256: string;
  modified: Date;
  format?: LogFormat;
};

async function readLog(path: string): Promise<ReadFile> {
  const modified = await checkReadable(path);
  try {
    return await readLogText(path, modified);
  } catch (error) {
    const problem = knownProblem(error);
    if (problem === undefined) throw error;
    throw new CliError(`cannot read "${path}": ${problem}`);
  }
}

async function readLogText(path: string, modified: Date): Promise<ReadFile> {
  const bytes = await readFile(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const binary = binaryFormatOf(bytes);
  if (binary) {
    // An .evtx: its events as the app shows them, one line of XML each (core's reader).
    const parts: string[] = [];
    const reader = binary.createTextReader(path);
    reader.push(bytes, (text) => parts.push(text));
    const { problem } = reader.end((text) => parts.push(text));
    if (problem !== undefined) throw new CliError(problem);
    return { path, text: parts.join(''), size: bytes.byteLength, sha256, modified, format: binary.format };
  }
  const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  // UTF-8, or the UTF-16 that Windows PowerShell 5.1 writes for `>` and Out-File.
  const text = new TextDecoder(detectTextEncoding(plain)).decode(plain);
  return { path, text, size: bytes.byteLength, sha256, modified };
}

export async function reportCommand(options: ReportOptions, log: (line: string) => void): Promise<void> {
  const files: ReadFile[] = [];
  for (const path of options.files) files.push(await readLog(path));
  const evidence: EvidenceText[] = [];
  const perFile: Pick<LogAnalysis, 'sources' | 'twoFileAttempts'>[] = [];
  const logins: Login[] = [];
  const timelines: AttemptTimeline[] = [];
  const summaries: (FileSummary & { name: string })[] = [];
  for (const file of files) {
    const format = file.format ?? detectFormat(file.text.split('\n', detectionSampleLines));
    if (!format) throw new CliError(`"${file.path}" is not in a log format this tool reads`);
    const time = { year: options.year ?? file.modified.getFullYear(), timeZone: options.timeZone };
    const analyzer = createLogAnalyzer({ file: basename(file.path), format, time });
    analyzer.push(file.text);
    const analysis = analyzer.finish();
    perFile.push(analysis);
    timelines.push(analysis.timeline);
    summaries.push({ ...analysis.summary, name: file.path });
    log(`${terminalText(file.path)}: ${lineAccountingText(analysis.summary)}`);
    for (const login of analysis.logins) logins.push(login);
    evidence.push({ name: basename(file.path), text: file.text, format, time });
  }
  const sources = mergeFileSources(perFile);
  const flagged = flagLogins(
    logins.sort((a, b) => a.time - b.time),
    sources,
  );
  const isKnownGood = addressMatcher(options.knownGood);
  const reported = sources.filter((source) => attackAttempts(source) > 0 && !isKnownGood(source.ip));
  const owners = await lookUpOwners(
    reported.filter((source) => source.scope === 'public').map((source) => source.ip),
    options.owners,
  );
  const found = collectReportEvidence(
    evidence,
    reported.map((source) => source.ip),
  );
  const audience = reportAudience(sources, owners, options.knownGood);
  const reporter = { name: '', organisation: options.organisation, email: options.fromEmail };
  const rules = {
    knownGood: options.knownGood,
    maskUsers: options.maskUsers,
    hostNames: found.hostNames,
    ourAddresses: [],
    maskInternalAddresses: true,
  };
  const reference = `report-${dateForFileName(options.now)}`;
  await mkdir(options.outDir, { recursive: true });

  for (const recipient of audience.recipients) {
    const { draft } = composeAbuseEmail({
      recipient,
      linesByAddress: found.byAddress,
      portsByAddress: new Map([...found.byAddress].map(([ip, seen]) => [ip, seen.ports])),
      reporter,
      logTimeZone: options.timeZone,
      ourServer: null,
      rules,
      reference,
      includeXarf: false,
    });
    const name = `abuse-${recipient.abuseEmail.replace(/[^a-z0-9.@-]/gi, '_')}.eml`;
    await writeFile(join(options.outDir, name), await composeEml(draft, new Date(options.now)));
    log(`${name}: ${recipient.sources.map((source) => terminalText(source.ip)).join(', ')}`);
  }
  for (const note of internalAddressNotes(audience.internal)) {
    await writeFile(join(options.outDir, note.fileName), note.text);
    log(`${note.fileName}: ${note.addresses.map(terminalText).join(', ')}`);
  }
  for (const source of audience.withoutContact) log(withoutContactLine(source.ip, owners.get(source.ip)));
  for (const source of audience.notAnAddress)
    log(`not an address, in no e-mail and no note: ${terminalText(source.ip)}`);

  const pdf = await renderSummaryPdfFile(
    summaryReport(
      {
        caseTitle: `Failed logins in ${files.map((file) => basename(file.path)).join(', ')}`,
        server: found.hostNames[0] ?? '',
        organisation: options.organisation,
        author: options.fromEmail,
        timeZone: options.timeZone,
        sources,
        logins: flagged,
        owners,
        knownGood: options.knownGood,
        // The case's verdict, as the analyze command and the app give it (caseVerdict.ts).
        verdict: reportVerdict(
          caseVerdict({
            logins: flagged,
            timelines,
            formatIds: summaries.map((summary) => summary.format),
            files: summaries,
            thresholds: defaultAttackThresholds,
          }),
        ),
        journal: [],
      },
      {},
      {
        timeline: reportTimeline(timelines),
        journal: [],
        evidence: files.map((file) => ({ name: basename(file.path), size: file.size, sha256: file.sha256 })),
        chainHead: 'none (made by the command line, which keeps no journal)',
        generatedAt: options.now,
      },
    ),
    options.assetsDir,
  );
  await writeFile(join(options.outDir, 'summary.pdf'), pdf);
  log('summary.pdf');
}

/** Why an address gets no e-mail: never "no contact registered" when nobody was asked. */
function withoutContactLine(ip: string, owner: SourceOwner | undefined): string {
  if (owner === undefined) return `owner not looked up: ${ip}`;
  if (owner.lookupProblem) return `owner not known: ${ip}: ${owner.lookupProblem}`;
  return `no contact for ${ip}: the registry names no abuse contact and no other mailbox of the network`;
}
