// Many login messages end in "<user> <address> port <port>[: …][ [preauth]]", and the user name
// is the client's text: it may contain spaces, " port " or an address of its own. The address is
// therefore found from the END of the line, and the name is whatever comes before it.

import { digitsValue } from '../time/digits';

/** `port` is undefined when the line wrote none (older OpenSSH, "… from IP"). */
export type TailAddress = { ip: string; port: number | undefined; start: number };

/**
 * Finds "<ip> port <digits>" after `from`, the ip being the word before the LAST " port ". With
 * separator " from " the ip is what follows the last " from " before it instead (so "for U from IP
 * port P"). Fills `out` (start = where the name ends) and returns true, or false when absent.
 */
export function readTailAddress(text: string, from: number, separator: string, out: TailAddress): boolean {
  const portAt = text.lastIndexOf(' port ');
  let ipEnd = portAt;
  let port: number | undefined;
  if (portAt >= from) {
    let portEnd = portAt + 6;
    while (portEnd < text.length && text.charCodeAt(portEnd) >= 48 && text.charCodeAt(portEnd) <= 57)
      portEnd += 1;
    if (portEnd === portAt + 6) return false;
    port = digitsValue(text, portAt + 6, portEnd);
  } else if (separator === ' from ') {
    // Older OpenSSH wrote no port: "… from 203.0.113.5" or "… from 203.0.113.5 ssh2".
    ipEnd = text.indexOf(' ', text.lastIndexOf(' from ') + 6);
    if (ipEnd < 0) ipEnd = text.length;
  } else {
    return false;
  }
  const separatorAt = text.lastIndexOf(separator, ipEnd - 1);
  if (separatorAt < from - 1) return false;
  const ipStart = separatorAt + separator.length;
  if (ipStart >= ipEnd) return false;
  out.ip = text.slice(ipStart, ipEnd);
  out.port = port;
  out.start = Math.max(from, separatorAt);
  return true;
}
