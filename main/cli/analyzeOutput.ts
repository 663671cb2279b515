// The JSON the `analyze` command prints. Field names are a promise to scripts: add, never rename.
import type { AuthEvent } from '../../renderer/core/logs/authEvent';
import type { AttackSource, Login } from '../../renderer/core/analysis/attackSource';
import type { FileSummary } from '../../renderer/core/analysis/logAnalyzer';
import type { AccessVerdict } from '../../renderer/core/analysis/accessVerdict';

export type AnalyzedFile = { path: string; summary: FileSummary };

export function analysisDocument(
  files: AnalyzedFile[],
  sources: AttackSource[],
  logins: Login[],
  verdict: AccessVerdict,
): string {
  const document = {
    files: files.map(({ path, summary }) => ({
      path,
      format: summary.format,
      lines: summary.lines,
      events: summary.events,
      unrecognized: summary.unrecognized,
      ...(summary.notes === undefined ? {} : { notes: summary.notes }),
    })),
    sources: sources.map((source) => ({
      ip: source.ip,
      scope: source.scope,
      failures: source.failures,
      invalidUsers: source.invalidUsers,
      users: source.users.map(({ user }) => user),
      firstSeen: isoTime(source.firstSeen),
      lastSeen: isoTime(source.lastSeen),
    })),
    logins: logins.map((login) => ({
      time: isoTime(login.time),
      user: login.user,
      ip: login.ip ?? null,
      method: login.method ?? null,
      service: login.service,
      flags: login.flags,
    })),
  };
  // One entry per line: readable by a person, and still one JSON document for a script.
  const list = (entries: unknown[]) =>
    entries.length === 0 ? '[]' : `[\n  ${entries.map((entry) => JSON.stringify(entry)).join(',\n  ')}\n]`;
  // Did they get in: the lines it rests on by file and line number (the line text is in the file).
  const verdictJson = JSON.stringify({
    status: verdict.status,
    reason: verdict.reason,
    evidence: verdict.evidence.map(({ file, line }) => ({ file, line })),
  });
  return `{"files": ${list(document.files)},\n"sources": ${list(document.sources)},\n"logins": ${list(document.logins)},\n"verdict": ${verdictJson}}\n`;
}

/** One line of `--events` output. Absent fields are null, so every line has the same keys. */
export function eventLine(file: string, event: AuthEvent): string {
  return JSON.stringify({
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
