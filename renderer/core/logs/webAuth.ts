// Basic-auth failures in web server error logs (a password-protected /admin or webmail):
//   Apache 2.4: [Sat Nov 21 10:48:21.123456 2026] [auth_basic:error] [pid 1234] [client 203.0.113.5:51234]
//               AH01617: user admin: authentication failure for "/admin": Password Mismatch
//               AH01618: user bob not found: /admin
//   nginx:      2026/11/21 10:48:21 [error] 1234#1234: *5 user "admin": password mismatch, client: 203.0.113.5, …
//               … user "bob" was not found in "/etc/nginx/.htpasswd", client: 203.0.113.5, …
// Both write the server's local time without a zone: the zone the person confirmed is used.
import type { AuthEvent, EventKind } from './authEvent';
import type { LineParser, LogFormat, TimeAssumptions } from './logFormat';
import { normalizeAddress } from '../net/addressScope';
import { wallClockToUtc } from '../time/zoneOffset';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const apachePattern =
  /^\[\w{3} (\w{3}) (\d\d) (\d\d):(\d\d):(\d\d)(?:\.\d+)? (\d{4})\] \[auth_\w+:\w+\] .*?\[client (\[[^\]]+\]|[^\]\s]+?)(?::(\d+))?\] AH0161([78]): user (.*?)(?:: authentication failure for | not found: )/;
const nginxPattern =
  /^(\d{4})\/(\d\d)\/(\d\d) (\d\d):(\d\d):(\d\d) \[\w+\] \d+#\d+: \*\d+ user "(.*)"(: password mismatch| was not found in "[^"]*"), client: ([^,\s]+)/;

export const webAuthFormat: LogFormat = {
  id: 'web-auth',
  label: 'Web server error log, password-protected pages (Apache, nginx)',
  detect(sampleLines) {
    const written = sampleLines.filter((line) => line.trim() !== '');
    const ours = written.filter((line) =>
      /^\[\w{3} \w{3} \d\d [\d:.]+ \d{4}\] \[\w+:\w+\]|^\d{4}\/\d\d\/\d\d [\d:]+ \[\w+\] \d+#\d+:/.test(line),
    );
    return written.length === 0 ? 0 : 0.9 * (ours.length / written.length);
  },
  createParser(time: TimeAssumptions): LineParser {
    const toUtc = wallClockToUtc(time.timeZone);
    const event = (
      kind: EventKind,
      wallClock: number,
      line: number,
      user: string,
      ip: string,
      port?: string,
    ): AuthEvent => ({
      time: toUtc(wallClock),
      service: 'web',
      kind,
      ip: normalizeAddress(ip),
      port: port === undefined ? undefined : Number(port),
      user,
      method: 'basic auth',
      count: 1,
      line,
    });
    return {
      parseLine(line, lineNumber, emit) {
        if (line.includes('] AH0161')) {
          const m = apachePattern.exec(line);
          if (!m) return false;
          const wallClock = Date.UTC(+m[6]!, months.indexOf(m[1]!), +m[2]!, +m[3]!, +m[4]!, +m[5]!);
          emit(
            event(m[9] === '7' ? 'auth-failure' : 'invalid-user', wallClock, lineNumber, m[10]!, m[7]!, m[8]),
          );
          return true;
        }
        if (line.includes(' user "')) {
          const m = nginxPattern.exec(line);
          if (!m) return false;
          const wallClock = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
          const kind = m[8] === ': password mismatch' ? 'auth-failure' : 'invalid-user';
          emit(event(kind, wallClock, lineNumber, m[7]!, m[9]!));
          return true;
        }
        return false;
      },
    };
  },
};
