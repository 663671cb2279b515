// Everything "did they get in?" needs, from what an import stores: the flagged logins, the
// per-minute timelines (when the logs start, whether mid-attack) and which formats were read.
// The Logins step and the `analyze` command both answer through here.
import type { Login } from './attackSource';
import type { AttackThresholds } from './attackThresholds';
import type { AttemptTimeline, DamageCut } from './attemptTimeline';
import type { AccessVerdict, LoginDecision } from './accessVerdict';
import { accessVerdict } from './accessVerdict';
import { evidenceCoverage, startsMidAttack } from './attemptTimeline';
import { unreadableReason, type ReadCounts } from './lineAccounting';

/**
 * Formats that only summarise (logwatch counts failures per address) or only record bans
 * (fail2ban's own log): they cannot show a successful login, so they cannot show its absence.
 */
export function listsLogins(formatId: string): boolean {
  return !/logwatch|fail2ban/i.test(formatId);
}

export function caseVerdict(input: {
  logins: readonly Login[];
  timelines: readonly AttemptTimeline[];
  formatIds: readonly string[];
  /** How each file was read: one the app understood nothing of makes the answer "cannot tell". */
  files?: readonly (ReadCounts & { name: string })[];
  thresholds: AttackThresholds;
  decisions?: ReadonlyMap<string, LoginDecision>;
}): AccessVerdict {
  const unreadableFiles = (input.files ?? []).flatMap((file) => {
    const reason = unreadableReason(file);
    return reason === undefined ? [] : [{ name: file.name, reason }];
  });
  return accessVerdict({
    logins: input.logins,
    decisions: input.decisions,
    startsMidAttack: startsMidAttack(input.timelines, input.thresholds),
    logStart: evidenceCoverage(input.timelines).start,
    hasLoginRecords: input.formatIds.some(listsLogins),
    unreadableFiles,
    cutOffs: cutOffsOf(input.timelines),
  });
}

function cutOffsOf(timelines: readonly AttemptTimeline[]): DamageCut[] {
  const cuts: DamageCut[] = [];
  for (const timeline of timelines) if (timeline.cutOff) cuts.push(timeline.cutOff);
  return cuts;
}
