// Microsoft SQL Server's ERRORLOG (Windows and Linux): "2023-04-21 23:17:02.54 Logon       Login
// failed for user 'sa'. Reason: Password did not match that for the login provided. [CLIENT:
// 87.251.75.20]". The stamp is the server's wall clock: the zone the person confirmed is used.
import { ownLogFormat, emitRead } from './ownLogFormat';
import { mssql } from './databaseMessages';
import { wallClockToUtc } from '../time/zoneOffset';

const mssqlLine =
  /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d\d) (?:Logon|Server|spid\d+s?|Backup|Setup)\s+/;

export const mssqlLogFormat = ownLogFormat({
  id: 'mssql',
  label: 'Microsoft SQL Server error log (ERRORLOG)',
  isOwnLine: (line) => mssqlLine.test(line),
  createLineReader(time) {
    const toUtc = wallClockToUtc(time.timeZone);
    return (line, lineNumber, emit) => {
      const m = mssqlLine.exec(line);
      if (!m) return false;
      const when = toUtc(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]! * 10));
      return emitRead(mssql(line, m[0].length, when, lineNumber), undefined, emit);
    };
  },
});
