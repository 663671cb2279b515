// One reader for the lines a web server writes to its own files, access and error alike: the
// formats web-auth (error logs) and web-access (access logs) both read with it, so a file that
// mixes them (a vhost's combined log, logs concatenated for the case) loses no line.
import type { TimeAssumptions } from './logFormat';
import type { OwnLineReader } from './ownLogFormat';
import {
  accessEvent,
  apacheErrorEvent,
  apacheErrorStamp,
  apacheWallClock,
  nginxErrorEvent,
  nginxErrorLine,
  nginxWallClock,
  readAccessRequest,
} from './webLines';
import { wallClockToUtc } from '../time/zoneOffset';

export function createWebServerLineReader(time: TimeAssumptions): OwnLineReader {
  // Error logs write the server's wall clock; access logs carry their zone.
  const toUtc = wallClockToUtc(time.timeZone);
  return (line, lineNumber, emit) => {
    const first = line.charCodeAt(0);
    if (first === 91 /* [ */) {
      const m = apacheErrorStamp.exec(line);
      if (!m) return false;
      const event = apacheErrorEvent(line.slice(m[0].length), toUtc(apacheWallClock(m)), lineNumber);
      if (event) emit(event);
      return event !== undefined;
    }
    const nginx = nginxErrorLine.exec(line);
    if (nginx) {
      const event = nginxErrorEvent(line.slice(nginx[0].length), toUtc(nginxWallClock(nginx)), lineNumber);
      if (event) emit(event);
      return event !== undefined;
    }
    const request = readAccessRequest(line);
    if (request === undefined || Number.isNaN(request.time)) return false;
    const event = accessEvent(request, request.time, lineNumber);
    if (event) emit(event);
    return event !== undefined;
  };
}

/** An access-log line (combined/common, maybe after a virtual host), by its shape alone. */
export const accessLineShape =
  /^(?:\S+ )?[0-9a-fA-F.:]+ \S+ (?:"[^"]*"|\S+) \[\d\d\/\w{3}\/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] "/;
/** An Apache (2.2, 2.4) or nginx error-log line, by its shape alone. */
export const errorLineShape =
  /^\[(?:\w{3} )?\w{3} {1,2}\d{1,2} [\d:.]+ \d{4}\] \[[\w:]+\]|^\d{4}\/\d\d\/\d\d [\d:]+ \[\w+\] \d+#\d+:/;
