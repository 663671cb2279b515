// Said about a file when some of its stamps were read by assumption although nobody was asked:
// its first lines (and last ones, see workers/fileTail.ts) carry their own zone, but lines in
// between are classic syslog stamps without year or zone (rsyslog's format changed for a while).
// Times in the report and the abuse e-mail come from these stamps: the person must know.
import type { TimeAssumptions } from '../logs/logFormat';

/** `whatToDo`: how to read them in another zone, where this tool is used (app or command line). */
export function assumedTimesNote(lines: number, time: TimeAssumptions, whatToDo: string): string {
  const count = lines === 1 ? 'One line' : `${lines.toLocaleString('en-US')} lines`;
  return (
    `${count} of this file ${lines === 1 ? 'has' : 'have'} a time without year or time zone ` +
    `(like "Nov 21 10:48:21"), although its first lines say their zone: ` +
    `${lines === 1 ? 'it was' : 'they were'} read as ${time.year}, in ${time.timeZone}. ` +
    `If the server's clock was set to another zone, those times are off by the difference: ${whatToDo}`
  );
}
