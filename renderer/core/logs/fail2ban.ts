// fail2ban's own log (/var/log/fail2ban.log): what it found, banned and unbanned, per jail.
//   2026-11-21 10:48:21,123 fail2ban.filter  [1234]: INFO    [sshd] Found 203.0.113.5 - 2026-11-21 10:48:21
//   2026-11-21 10:48:25,456 fail2ban.actions [1234]: NOTICE  [sshd] Ban 203.0.113.5
// Its times are the server's local time without a zone: the zone the person confirmed is used.
// "Found" repeats a failure the service's own log already counts, so it is kept as 'other'.
import type { AuthEvent, EventKind } from './authEvent';
import type { LineParser, LogFormat, TimeAssumptions } from './logFormat';
import { normalizeAddress } from '../net/addressScope';
import { wallClockToUtc } from '../time/zoneOffset';

const linePattern =
  /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:,(\d{3}))? fail2ban\.\w+\s*\[\d+\]: \w+\s+\[([^\]]+)\] (Found|Ban|Unban|Restore Ban|Increase Ban) (\S+)/;

const kinds: Readonly<Record<string, EventKind>> = {
  Found: 'other',
  Ban: 'ban',
  'Restore Ban': 'ban',
  'Increase Ban': 'ban',
  Unban: 'unban',
};

export const fail2banFormat: LogFormat = {
  id: 'fail2ban',
  label: 'fail2ban log (fail2ban.log)',
  detect(sampleLines) {
    const written = sampleLines.filter((line) => line.trim() !== '');
    const ours = written.filter((line) => / fail2ban\.\w+\s*\[\d+\]: /.test(line));
    return written.length === 0 ? 0 : ours.length / written.length;
  },
  createParser(time: TimeAssumptions): LineParser {
    const toUtc = wallClockToUtc(time.timeZone);
    return {
      parseLine(line, lineNumber, emit) {
        if (!line.includes(' fail2ban.')) return false;
        const m = linePattern.exec(line);
        if (!m) return false;
        const wallClock = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +(m[7] ?? 0));
        const event: AuthEvent = {
          time: toUtc(wallClock),
          service: 'fail2ban',
          kind: kinds[m[9]!]!,
          ip: normalizeAddress(m[10]!),
          port: undefined,
          user: undefined,
          method: undefined,
          count: 1,
          line: lineNumber,
          status: `jail ${m[8]}`,
        };
        emit(event);
        return true;
      },
    };
  },
};
