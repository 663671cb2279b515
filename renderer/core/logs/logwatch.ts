// Logwatch's daily report (the email root gets): its sshd and pam_unix sections turned into
// counted events. A report has no time per event, only the day it covers: every event gets the
// start of that day in the confirmed zone and is marked fromSummary, so screens can say so.
//   Failed logins from:            Illegal users from:         Users logging in through sshd:
//      203.0.113.5 (host): 57 times   198.51.100.9: 12 times       alice:
//         root/password: 57 times        admin/password: 3 times      198.51.100.4 (host): 2 times
// The pam_unix section ("Authentication Failures: root (203.0.113.5): 57 Time(s)") repeats the
// sshd section, so it counts only when the report has no sshd section.
import type { AuthEvent, EventKind } from './authEvent';
import type { LineParser, LogFormat, TimeAssumptions } from './logFormat';
import { normalizeAddress } from '../net/addressScope';
import { wallClockToUtc } from '../time/zoneOffset';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayPattern = /\(\s*(\d{4})-([A-Z][a-z]{2})-(\d{1,2})\s*\)/;
const initiatedPattern = /Processing Initiated: \w{3} (\w{3}) +(\d{1,2}) [\d:]+ (\d{4})/;
const sectionPattern = /^ *-+ (.+?) (Begin|End) -+ *$/;
const timesPattern = /^(\s+)(.+?):\s+(\d+) [Tt]imes?(?:\(s\))?\s*$/;
const addressPattern = /^(\S+)(?: \(.*\))?$/;

type Block = 'failed' | 'illegal' | 'logins' | 'pam-failures' | undefined;

export const logwatchFormat: LogFormat = {
  id: 'logwatch',
  label: 'Logwatch report (daily summary)',
  detect(sampleLines) {
    const head = sampleLines.join('\n');
    return /#+ Logwatch [\d.]+/.test(head) ||
      (head.includes('Processing Initiated:') && head.includes('Logwatch'))
      ? 0.95
      : 0;
  },
  createParser(time: TimeAssumptions): LineParser {
    const toUtc = wallClockToUtc(time.timeZone);
    let day = NaN;
    let section = '';
    let block: Block;
    let outerIndent = -1;
    let address: string | undefined; // of the current "IP (host): N times" line
    let loginUser: string | undefined; // of the current "alice:" line
    // An address line whose count the user lines below it split up; alone, it counts itself.
    let unsplit: AuthEvent | undefined;
    let sawSshd = false;
    const pamEvents: AuthEvent[] = [];

    const event = (
      kind: EventKind,
      count: number,
      line: number,
      fields: { ip?: string; user?: string; method?: string },
    ): AuthEvent => ({
      time: Number.isNaN(day) ? Date.UTC(time.year, 0, 1) : day,
      service: 'sshd',
      kind,
      ip: fields.ip === undefined ? undefined : normalizeAddress(fields.ip),
      port: undefined,
      user: fields.user,
      method: fields.method,
      count,
      line,
      fromSummary: true,
    });

    const flush = (emit: (event: AuthEvent) => void) => {
      if (unsplit) emit(unsplit);
      unsplit = undefined;
    };

    // The date range ("( 2026-Nov-20 )") says which day the report covers; the processing date
    // (usually the day after) is only the fallback.
    let dayFromRange = false;
    const readDay = (line: string) => {
      const range = dayPattern.exec(line);
      if (range) {
        day = toUtc(Date.UTC(Number(range[1]), months.indexOf(range[2]!), Number(range[3])));
        dayFromRange = true;
        return;
      }
      const initiated = Number.isNaN(day) ? initiatedPattern.exec(line) : null;
      if (initiated)
        day = toUtc(Date.UTC(Number(initiated[3]), months.indexOf(initiated[1]!), Number(initiated[2])));
    };

    return {
      parseLine(line, lineNumber, emit) {
        if (!dayFromRange && section === '') readDay(line);
        const sectionMatch = sectionPattern.exec(line);
        if (sectionMatch) {
          flush(emit);
          section = sectionMatch[2] === 'Begin' ? sectionMatch[1]!.toLowerCase() : '';
          block = undefined;
          return false;
        }
        if (section !== 'sshd' && section !== 'pam_unix') return false;
        const trimmed = line.trim();
        const heading = headings[trimmed];
        if (heading && (heading !== 'pam-failures' || section === 'pam_unix')) {
          flush(emit);
          block = heading;
          outerIndent = -1;
          return false;
        }
        const m = timesPattern.exec(line);
        if (!m) {
          if (block === 'logins' && /^\S+:$/.test(trimmed)) {
            loginUser = trimmed.slice(0, -1);
            return true;
          }
          if (trimmed === '' || trimmed.endsWith(':')) {
            flush(emit); // a blank line or another heading ("Invalid Users:") ends the block
            block = undefined;
          }
          return false;
        }
        const indent = m[1]!.length;
        const what = m[2]!;
        const count = Number(m[3]);
        if (block === 'failed' || block === 'illegal') {
          const kind = block === 'failed' ? 'auth-failure' : 'invalid-user';
          sawSshd = true;
          if (outerIndent < 0 || indent <= outerIndent) {
            flush(emit);
            outerIndent = indent;
            address = addressPattern.exec(what)?.[1];
            unsplit = event(kind, count, lineNumber, { ip: address });
            return true;
          }
          unsplit = undefined;
          const slash = what.lastIndexOf('/');
          const user = slash < 0 ? what : what.slice(0, slash);
          const method = slash < 0 ? undefined : what.slice(slash + 1);
          emit(event(kind, count, lineNumber, { ip: address, user, method }));
          return true;
        }
        if (block === 'logins') {
          sawSshd = true;
          emit(event('success', count, lineNumber, { ip: addressPattern.exec(what)?.[1], user: loginUser }));
          return true;
        }
        if (block === 'pam-failures') {
          // "root (203.0.113.5): 57 Time(s)"
          const pam = /^(\S+) \(([^)]+)\)$/.exec(what);
          pamEvents.push(event('auth-failure', count, lineNumber, { user: pam?.[1], ip: pam?.[2] }));
          return true;
        }
        return false;
      },
      finish(emit) {
        flush(emit);
        if (!sawSshd) for (const pam of pamEvents) emit(pam);
      },
    };
  },
};

const headings: Readonly<Record<string, Block>> = {
  'Failed logins from:': 'failed',
  'Illegal users from:': 'illegal',
  'Invalid users from:': 'illegal',
  'Users logging in through sshd:': 'logins',
  'Authentication Failures:': 'pam-failures',
};
