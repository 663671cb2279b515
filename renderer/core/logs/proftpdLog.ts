// ProFTPD's own SystemLog: "2021-05-28 18:08:34,399 mantis proftpd[498819] mantis
// (192.168.1.142[192.168.1.142]): USER seb (Login failed): Incorrect password". The stamp is the
// server's wall clock (milliseconds after a comma): the zone the person confirmed is used. Such
// files often hold syslog-written ProFTPD lines too; those are read as syslog.
import { ownLogFormat, emitRead } from './ownLogFormat';
import { createProftpdReader } from './ftpMessages';
import { wallClockToUtc } from '../time/zoneOffset';

const proftpdLine = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) \S+ proftpd\[(\d+)\](?::| )/;

export const proftpdLogFormat = ownLogFormat({
  id: 'proftpd',
  label: 'ProFTPD log (SystemLog)',
  isOwnLine: (line) => proftpdLine.test(line),
  readsSyslogToo: true,
  createLineReader(time) {
    const toUtc = wallClockToUtc(time.timeZone);
    const proftpd = createProftpdReader();
    return (line, lineNumber, emit) => {
      const m = proftpdLine.exec(line);
      if (!m) return false;
      const when = toUtc(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!));
      const start = m[0].length + (line.charCodeAt(m[0].length) === 32 ? 1 : 0);
      return emitRead(proftpd(line, start, when, lineNumber), Number(m[8]), emit);
    };
  },
});
