// `report FILE... --out DIR`: the whole path from log files to the documents, without a screen:
// summary.pdf, one .eml draft per abuse mailbox, and a .txt note per group of internal addresses.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Login } from '../../renderer/core/analysis/attackSource';
import { flagLogins } from '../../renderer/core/analysis/attackTally';
import { mergeFileSources } from '../../renderer/core/analysis/crossFileAttempts';
import type { LogAnalysis } from '../../renderer/core/analysis/logAnalyzer';
import { reportAudience, type SourceOwner } from '../../renderer/core/report/abuseGroups';
import { composeAbuseEmail } from '../../renderer/core/report/abuseEmail';
import { addressMatcher } from '../../renderer/core/report/addressTokens';
import { reportVerdict } from '../../renderer/core/report/managementSummary';
import { attackAttempts } from '../../renderer/core/analysis/attackOrder';
import { lineAccountingText } from '../../renderer/core/analysis/lineAccounting';
import { reportTimeline } from '../../renderer/core/report/reportTimeline';
import { caseVerdict } from '../../renderer/core/analysis/caseVerdict';
import { defaultAttackThresholds } from '../../renderer/core/analysis/attackThresholds';
import { internalAddressNotes } from '../../renderer/core/report/internalNote';
import { createReportEvidenceCollector } from '../../renderer/core/report/reportEvidence';
import { dateForFileName } from '../../renderer/core/report/reportTime';
import { summaryReport } from '../../renderer/core/report/summaryReport';
import { renderSummaryPdfFile } from '../report/renderSummaryPdfFile';
import { composeEml } from '../report/composeEml';
import { terminalText } from '../../renderer/core/text/terminalText';
import { CliError } from './cliError';
import { knownProblem } from './failureSentence';
import { checkReadable, readLogFile, type ReadLogFile } from './readLogFile';
import { streamEvidenceText, type StreamedEvidence } from './evidenceStream';
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
  /** Read a damaged .gz up to its damage (with its note) instead of refusing it. */
  acceptDamaged?: boolean;
};

/**
 * Every file analysed as `analyze` reads it (one pipeline, the same year and zone rules), then
 * read once more, streaming, for the excerpts, the chart and the hash: nothing of a file is ever
 * held whole, so a 2 GB log goes through.
 */
export async function reportCommand(options: ReportOptions, log: (line: string) => void): Promise<void> {
  const files: { path: string; read: ReadLogFile }[] = [];
  for (const path of options.files) await checkReadable(path);
  for (const path of options.files) {
    const read = await readLogFile(path, {
      year: options.year,
      timeZone: options.timeZone,
      acceptDamaged: options.acceptDamaged,
      shownName: basename(path),
    });
    files.push({ path, read });
    log(`${terminalText(path)}: ${lineAccountingText(read.analysis.summary)}`);
  }
  const timelines = files.map(({ read }) => read.analysis.timeline);
  const perFile: Pick<LogAnalysis, 'sources' | 'twoFileAttempts'>[] = files.map(({ read }) => read.analysis);
  const logins: Login[] = [];
  for (const { read } of files) for (const login of read.analysis.logins) logins.push(login);
  const sources = mergeFileSources(perFile);
  const flagged = flagLogins(
    logins.sort((a, b) => a.time - b.time),
    sources,
  );
  // As `analyze` and the Logins step answer it: a log that starts mid-attack or a copy read only
  // up to its damage cannot show that no one got in.
  const access = caseVerdict({
    logins: flagged,
    timelines,
    formatIds: files.map(({ read }) => read.format.id),
    // A file nothing was understood of makes the answer "cannot tell" (lineAccounting.ts).
    files: files.map(({ path, read }) => ({ ...read.analysis.summary, name: path })),
    thresholds: defaultAttackThresholds,
  });
  const isKnownGood = addressMatcher(options.knownGood);
  const reported = sources.filter((source) => attackAttempts(source) > 0 && !isKnownGood(source.ip));
  const owners = await lookUpOwners(
    reported.filter((source) => source.scope === 'public').map((source) => source.ip),
    options.owners,
  );
  const collector = createReportEvidenceCollector(reported.map((source) => source.ip));
  const streamed: StreamedEvidence[] = [];
  for (const { path, read } of files) {
    const reading = collector.file({ name: basename(path), format: read.format, time: read.time });
    streamed.push(await readAgain(path, (text) => reading.push(text), options.acceptDamaged));
    reading.end();
  }
  const found = collector.result();
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
        caseTitle: `Failed logins in ${files.map(({ path }) => basename(path)).join(', ')}`,
        server: found.hostNames[0] ?? '',
        organisation: options.organisation,
        author: options.fromEmail,
        timeZone: options.timeZone,
        sources,
        logins: flagged,
        owners,
        knownGood: options.knownGood,
        verdict: reportVerdict(access),
        journal: [],
      },
      {},
      {
        timeline: reportTimeline(timelines),
        journal: [],
        evidence: files.map(({ path }, index) => ({ name: basename(path), ...streamed[index]! })),
        chainHead: 'none (made by the command line, which keeps no journal)',
        generatedAt: options.now,
      },
    ),
    options.assetsDir,
  );
  await writeFile(join(options.outDir, 'summary.pdf'), pdf);
  log('summary.pdf');
}

/** The second reading, with its failures in one sentence like the first's. */
async function readAgain(
  path: string,
  onText: (text: string) => void,
  acceptDamaged: boolean | undefined,
): Promise<StreamedEvidence> {
  try {
    return streamEvidenceText(path, onText, { acceptDamaged });
  } catch (error) {
    if (error instanceof CliError) throw error;
    const problem = knownProblem(error);
    if (problem === undefined) throw error;
    throw new CliError(`cannot read "${path}": ${problem}`);
  }
}

/** Why an address gets no e-mail: never "no contact registered" when nobody was asked. */
function withoutContactLine(ip: string, owner: SourceOwner | undefined): string {
  if (owner === undefined) return `owner not looked up: ${ip}`;
  if (owner.lookupProblem) return `owner not known: ${ip}: ${owner.lookupProblem}`;
  return `no contact for ${ip}: the registry names no abuse contact and no other mailbox of the network`;
}
