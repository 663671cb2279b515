// MySQL's and MariaDB's own error log (log_error, /var/log/mysql/error.log):
//   MySQL 5.7/8:  2025-07-24T14:49:49.398440Z 89 [Note] [MY-010926] [Server] Access denied for user 'test'@'91.99.222.37' (using password: YES)
//   MariaDB:      2023-01-01 12:00:00 5 [Warning] Access denied for user 'root'@'1.2.3.4' (using password: YES)
//   MySQL ≤ 5.6:  160416  5:13:40 [Warning] Access denied for user …
// MySQL 5.7+ writes UTC ("Z", log_timestamps=UTC) or an offset (SYSTEM); the others the server's
// wall clock: the zone the person confirmed is used.
import { ownLogFormat, emitRead } from './ownLogFormat';
import { mysql } from './databaseMessages';
import { readRfc3339 } from '../time/rfc3339Timestamp';
import { wallClockToUtc } from '../time/zoneOffset';

const zonedLine = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)) +(\d+) \[\w+\] /;
const mariaLine = /^(\d{4})-(\d\d)-(\d\d) +(\d{1,2}):(\d\d):(\d\d) +(\d+) \[\w+\] /;
const oldLine = /^(\d\d)(\d\d)(\d\d) +(\d{1,2}):(\d\d):(\d\d) +(?:(\d+) )?\[\w+\] /;

export const mysqlLogFormat = ownLogFormat({
  id: 'mysql',
  label: 'MySQL / MariaDB error log',
  isOwnLine: (line) => zonedLine.test(line) || mariaLine.test(line) || oldLine.test(line),
  createLineReader(time) {
    const toUtc = wallClockToUtc(time.timeZone);
    return (line, lineNumber, emit) => {
      const zoned = zonedLine.exec(line);
      if (zoned) {
        const when = readRfc3339(zoned[1]!, 0, zoned[1]!.length);
        return emitRead(mysql(line, zoned[0].length, when, lineNumber), undefined, emit);
      }
      const m = mariaLine.exec(line) ?? oldLine.exec(line);
      if (!m) return false;
      const year = m[1]!.length === 4 ? Number(m[1]) : 2000 + Number(m[1]);
      const when = toUtc(Date.UTC(year, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
      return emitRead(mysql(line, m[0].length, when, lineNumber), undefined, emit);
    };
  },
});
