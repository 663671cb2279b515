// Someone cleared an event log (Windows Security 1102, System 104): whatever was recorded before
// that moment is gone, logons included, so "no one got in" cannot rest on those logs for the time
// before it. This finds the warnings the Logins step and the management summary must show loudly;
// a clearing is never a routine line. Clearings by the same account within a minute are one
// warning (wevtutil in a loop clears dozens of logs in seconds).
import type { NotableEvent } from './notableEvent';
import { formatCount, formatDayTime } from './words';

export type LogClearedWarning = {
  /** UTC ms of the first and the last clearing of the burst. */
  first: number;
  last: number;
  /** The logs cleared, in the order they were ("Security", "System", "Application" …). */
  logs: string[];
  /** The account that cleared them as Windows wrote it, when it did. Attacker-chosen text. */
  by?: string;
  /** Where the first clearing was read. */
  file?: string;
  line: number;
  /** What was cleared, when and by whom, in one sentence. */
  what: string;
  /** `what` and what it means, for the person and the report. */
  text: string;
};

/** What any clearing means and what to do, said once under a list of them. */
export const logClearedConsequence =
  'What those logs recorded before then is gone, logons included: they cannot show that no one got in ' +
  'before that moment. Clearing a log is what an intruder does to hide; ask whoever uses that account ' +
  'whether they did it, and look for copies of the logs elsewhere (a log collector, a backup).';

const burstMs = 60_000;

export function logClearedWarnings(
  events: readonly (NotableEvent & { file?: string })[],
): LogClearedWarning[] {
  const clearings = events
    .filter((event) => event.logCleared !== undefined)
    .sort((a, b) => a.time - b.time || a.line - b.line);
  const warnings: LogClearedWarning[] = [];
  let open: Omit<LogClearedWarning, 'what' | 'text'> | undefined;
  const close = () => {
    if (open !== undefined) {
      const what = whatWasCleared(open);
      warnings.push({ ...open, what, text: `${what} ${logClearedConsequence}` });
    }
    open = undefined;
  };
  for (const event of clearings) {
    const by = clearedBy(event);
    if (open !== undefined && open.by === by && event.time - open.last <= burstMs) {
      open.last = event.time;
      if (!open.logs.includes(event.logCleared!)) open.logs.push(event.logCleared!);
      continue;
    }
    close();
    open = {
      first: event.time,
      last: event.time,
      logs: [event.logCleared!],
      ...(by === undefined ? {} : { by }),
      ...(event.file === undefined ? {} : { file: event.file }),
      line: event.line,
    };
  }
  close();
  return warnings;
}

/** "OFFSEC\admmig" from the event's words ("… cleared by OFFSEC\admmig"), else its user name. */
function clearedBy(event: NotableEvent): string | undefined {
  const written = / cleared by (.+)$/.exec(event.status ?? '')?.[1];
  return written ?? event.user;
}

function whatWasCleared(warning: Omit<LogClearedWarning, 'what' | 'text'>): string {
  const [first, last] = [formatDayTime(warning.first), formatDayTime(warning.last)];
  const when = first === last ? `at ${first} (UTC)` : `between ${first} and ${last} (UTC)`;
  const by = warning.by === undefined ? '' : ` by the account ${warning.by}`;
  const which =
    warning.logs.length === 1
      ? `The Windows ${warning.logs[0]} log was cleared`
      : `${formatCount(warning.logs.length)} Windows event logs (${logNames(warning.logs)}) were cleared`;
  return `${which} ${when}${by}.`;
}

function logNames(logs: readonly string[]): string {
  const shown = logs.slice(0, 3).join(', ');
  return logs.length > 3 ? `${shown} and ${formatCount(logs.length - 3)} more` : shown;
}
