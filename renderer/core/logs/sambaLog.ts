// Samba's own log (log.smbd, with "log level = 1 auth_audit:3"): a header line
// "[2021/10/14 15:24:12.023984,  2] ../../auth/auth_log.c:635(log_authentication_event_human_readable)"
// and then, indented, "Auth: [SMB2,(null)] user [WORKGROUP]\[root] at [Thu, 14 Oct 2021
// 15:24:12.023984 UTC] with [NTLMv2] status [NT_STATUS_NO_SUCH_USER] … remote host [ipv4:…]". The
// Auth line's own "at [… UTC]" is its time; a zone other than UTC is read as the server's wall clock.
import { ownLogFormat, emitRead } from './ownLogFormat';
import { samba, sambaAuthLine } from './remoteAccessMessages';
import { wallClockToUtc } from '../time/zoneOffset';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const headerLine = /^\[\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d+)?, *\d+(?:, [^\]]*)?\] /;
const authAt = /^\w{3}, (\d{1,2}) (\w{3}) (\d{4}) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?(?: (\S+))?$/;

export const sambaLogFormat = ownLogFormat({
  id: 'samba',
  label: 'Samba log (log.smbd, authentication audit)',
  isOwnLine: (line) => headerLine.test(line) || /^\s*Auth: \[/.test(line),
  createLineReader(time) {
    const toUtc = wallClockToUtc(time.timeZone);
    return (line, lineNumber, emit) => {
      const auth = sambaAuthLine.exec(line);
      const at = auth === null ? null : authAt.exec(auth[4]!);
      const month = at === null ? -1 : months.indexOf(at[2]!);
      if (at === null || month < 0) return false;
      const wallClock = Date.UTC(
        +at[3]!,
        month,
        +at[1]!,
        +at[4]!,
        +at[5]!,
        +at[6]!,
        Math.floor(Number(`0.${at[7] ?? 0}`) * 1000),
      );
      const when = at[8] === undefined || /^(?:UTC|GMT|Z)$/.test(at[8]) ? wallClock : toUtc(wallClock);
      return emitRead(samba(line, 0, when, lineNumber), undefined, emit);
    };
  },
});
