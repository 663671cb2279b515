// vsftpd's own log (/var/log/vsftpd.log, vsftpd_log_file): "Mon Jun  8 12:08:53 2020 [pid 27244]
// [user] FAIL LOGIN: Client "::ffff:93.24.101.89"". The stamp is the server's wall clock (ctime's
// form, the day padded with a space; some copies squeeze it): the zone the person confirmed is used.
// When auth.log is imported too, its pam_unix(vsftpd:auth) line is the same attempt
// (crossFileAttempts.ts pairs them).
import { ownLogFormat, emitRead } from './ownLogFormat';
import { createVsftpdReader } from './ftpMessages';
import { wallClockToUtc } from '../time/zoneOffset';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const vsftpdLine = /^\w{3} (\w{3}) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d) (\d{4}) \[pid (\d+)\] /;

export const vsftpdLogFormat = ownLogFormat({
  id: 'vsftpd',
  label: 'vsftpd log (vsftpd.log)',
  isOwnLine: (line) => vsftpdLine.test(line),
  createLineReader(time) {
    const toUtc = wallClockToUtc(time.timeZone);
    const vsftpd = createVsftpdReader();
    return (line, lineNumber, emit) => {
      const m = vsftpdLine.exec(line);
      const month = m === null ? -1 : months.indexOf(m[1]!);
      if (!m || month < 0) return false;
      const when = toUtc(Date.UTC(+m[6]!, month, +m[2]!, +m[3]!, +m[4]!, +m[5]!));
      // The message keeps its "[pid N]": the reader reads vsftpd's syslog lines the same way.
      const messageStart = m[0].length - `[pid ${m[7]}] `.length;
      return emitRead(vsftpd(line, messageStart, when, lineNumber), Number(m[7]), emit);
    };
  },
});
