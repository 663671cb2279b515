// Many login messages end in "<user> <address> port <port>[: …][ [preauth]]", and the user name
// is the client's text: it may contain spaces, " port " or an address of its own. The address is
// therefore found from the END of the line, and the name is whatever comes before it.

import { digitsValue } from '../time/digits';
import { lastIndexIn } from './textAt';

/** Positions in the text read; `port` is undefined when the line wrote none (older OpenSSH, "… from IP"). */
export type TailAddress = { ipStart: number; ipEnd: number; port: number | undefined; nameEnd: number };

/**
 * Finds "<ip> port <digits>" in the line text[…, end) after `from`, the ip being the word before
 * the LAST " port ". With separator " from " the ip is what follows the last " from " before it
 * instead (so "for U from IP port P"). Fills `out` (nameEnd = where the name ends) and returns
 * true, or false when absent.
 */
export function readTailAddress(
  text: string,
  from: number,
  end: number,
  separator: string,
  out: TailAddress,
): boolean {
  const portAt = lastIndexIn(text, ' port ', from, end);
  let ipEnd = portAt;
  let port: number | undefined;
  if (portAt >= 0) {
    let portEnd = portAt + 6;
    while (portEnd < end && text.charCodeAt(portEnd) >= 48 && text.charCodeAt(portEnd) <= 57) portEnd += 1;
    if (portEnd === portAt + 6) return false;
    port = digitsValue(text, portAt + 6, portEnd);
  } else if (separator === ' from ') {
    // Older OpenSSH wrote no port: "… from 203.0.113.5" or "… from 203.0.113.5 ssh2".
    const fromAt = lastIndexIn(text, ' from ', from - 1, end);
    if (fromAt < 0) return false;
    ipEnd = text.indexOf(' ', fromAt + 6);
    if (ipEnd < 0 || ipEnd > end) ipEnd = end;
  } else {
    return false;
  }
  // The separator may start as early as the space in front of the name, and may run past the ip.
  const separatorAt = lastIndexIn(text, separator, from - 1, Math.min(end, ipEnd - 1 + separator.length));
  if (separatorAt < 0) return false;
  const ipStart = separatorAt + separator.length;
  if (ipStart >= ipEnd) return false;
  out.ipStart = ipStart;
  out.ipEnd = ipEnd;
  out.port = port;
  out.nameEnd = Math.max(from, separatorAt);
  return true;
}
