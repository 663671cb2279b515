// xrdp's own logs, xrdp-sesman.log and xrdp.log, in both stamp styles:
//   [20230101-12:00:00] [INFO ] AUTHFAIL: user=bob ip=::ffff:203.0.113.5 time=1672574400     (up to 0.9.15)
//   [2023-01-01T12:00:00.123+0100] [INFO ] AUTHFAIL: …                                         (0.9.16 and later)
// The old stamp is the server's wall clock: the zone the person confirmed is used.
import { ownLogFormat, emitRead } from './ownLogFormat';
import { xrdp } from './remoteAccessMessages';
import { readRfc3339 } from '../time/rfc3339Timestamp';
import { wallClockToUtc } from '../time/zoneOffset';

const oldLine = /^\[(\d{4})(\d\d)(\d\d)-(\d\d):(\d\d):(\d\d)\] \[\s*\w+\s*\] /;
const newLine = /^\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)\] \[\s*\w+\s*\] /;

export const xrdpLogFormat = ownLogFormat({
  id: 'xrdp',
  label: 'xrdp log (xrdp-sesman.log, xrdp.log)',
  isOwnLine: (line) => oldLine.test(line) || newLine.test(line),
  createLineReader(time) {
    const toUtc = wallClockToUtc(time.timeZone);
    return (line, lineNumber, emit) => {
      const old = oldLine.exec(line);
      if (old) {
        const when = toUtc(Date.UTC(+old[1]!, +old[2]! - 1, +old[3]!, +old[4]!, +old[5]!, +old[6]!));
        return emitRead(xrdp(line, old[0].length, when, lineNumber), undefined, emit);
      }
      const m = newLine.exec(line);
      if (!m) return false;
      const stamp = m[1]!;
      const zoned = /(?:Z|[+-]\d\d:?\d\d)$/.test(stamp);
      const when = zoned
        ? readRfc3339(stamp, 0, stamp.length)
        : toUtc(readRfc3339(`${stamp}Z`, 0, stamp.length + 1));
      return emitRead(xrdp(line, m[0].length, when, lineNumber), undefined, emit);
    };
  },
});
