// The JSON the `analyze` command prints. Field names are a promise to scripts: add, never rename.
// Controls that JSON.stringify leaves raw (DEL, C1, bidi overrides) are escaped too: the JSON is
// the same, and a terminal shows it without obeying what an attacker put in a user name.
import type { AuthEvent } from '../../renderer/core/logs/authEvent';
import type { AttackSource, Login } from '../../renderer/core/analysis/attackSource';
import type { FileSummary } from '../../renderer/core/analysis/logAnalyzer';
import type { UnplacedAttempts } from '../../renderer/core/analysis/unplacedAttempts';
import type { AccessVerdict } from '../../renderer/core/analysis/accessVerdict';
import { terminalJson } from '../../renderer/core/text/terminalText';

export type AnalyzedFile = { path: string; summary: FileSummary; unplacedAttempts?: UnplacedAttempts };

/** The whole document as one text (tests, small cases); analyzeCommand writes the pieces. */
export function analysisDocument(
  files: AnalyzedFile[],
  sources: AttackSource[],
  logins: Login[],
  verdict: AccessVerdict,
): string {
  let text = '';
  for (const piece of analysisDocumentPieces(files, sources, logins, verdict)) text += piece;
  return text;
}

/**
 * The document piece by piece, one entry per line: readable by a person, and still one JSON
 * document for a script. Made as it is written, so 300,000 sources never sit in memory a second
 * time as objects, strings and one joined text (that tripled the command's peak memory).
 */
export function* analysisDocumentPieces(
  files: readonly AnalyzedFile[],
  sources: readonly AttackSource[],
  logins: readonly Login[],
  verdict: AccessVerdict,
): Generator<string> {
  yield '{"files": ';
  yield* listPieces(files, fileEntry);
  yield ',\n"sources": ';
  yield* listPieces(sources, sourceEntry);
  yield ',\n"logins": ';
  yield* listPieces(logins, loginEntry);
  // Did they get in: the lines it rests on by file and line number (the line text is in the file).
  const verdictJson = terminalJson({
    status: verdict.status,
    reason: verdict.reason,
    evidence: verdict.evidence.map(({ file, line }) => ({ file, line })),
  });
  yield `,\n"verdict": ${verdictJson}}\n`;
}

function* listPieces<T>(entries: readonly T[], entryOf: (entry: T) => unknown): Generator<string> {
  if (entries.length === 0) {
    yield '[]';
    return;
  }
  let at = 0;
  for (const entry of entries) yield `${at++ === 0 ? '[\n  ' : ',\n  '}${terminalJson(entryOf(entry))}`;
  yield '\n]';
}

const fileEntry = ({ path, summary, unplacedAttempts }: AnalyzedFile) => ({
  path,
  format: summary.format,
  lines: summary.lines,
  events: summary.events,
  unrecognized: summary.unrecognized,
  ...(summary.notes === undefined ? {} : { notes: summary.notes }),
  // Windows failures that named no address: attempts all the same, shown apart from the sources.
  ...(unplacedAttempts === undefined ? {} : { unplacedAttempts }),
});

const sourceEntry = (source: AttackSource) => ({
  ip: source.ip,
  scope: source.scope,
  failures: source.failures,
  invalidUsers: source.invalidUsers,
  users: source.users.map(({ user }) => user),
  firstSeen: isoTime(source.firstSeen),
  lastSeen: isoTime(source.lastSeen),
});

const loginEntry = (login: Login) => ({
  time: isoTime(login.time),
  user: login.user,
  ip: login.ip ?? null,
  method: login.method ?? null,
  service: login.service,
  flags: login.flags,
});

/** One line of `--events` output. Absent fields are null, so every line has the same keys. */
export function eventLine(file: string, event: AuthEvent): string {
  return terminalJson({
    file,
    line: event.line,
    time: isoTime(event.time),
    service: event.service,
    kind: event.kind,
    ip: event.ip ?? null,
    user: event.user ?? null,
    count: event.count,
  });
}

function isoTime(utcMs: number): string {
  return new Date(utcMs).toISOString();
}
