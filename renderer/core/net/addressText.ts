// What the text in a log's address position is: an IP address (in the one form it is stored and
// compared in), a host name, or neither. Attackers choose much of a log line, and sshd writes a
// client's host name there when UseDNS is on, so "1.2.3.4,=1+1", "::ffff:=1", "999.1.1.1" or an
// escape sequence must never become an address that gets a scope, a lookup or an abuse e-mail.
//
// IPv4 is four decimal parts (no "1", no "0x7f.1", no "010.1.1.1", which inet_aton reads as octal).
// IPv6 is validated by ipaddr.js and written as RFC 5952 says (lower case, zeros shortened), so
// "2001:DB8::1" and "2001:0db8:0000::0001" are the same source as "2001:db8::1"; brackets and a
// zone id ("fe80::1%eth0") are dropped, and an IPv4-mapped address (::ffff:a.b.c.d, written by
// sshd on dual-stack sockets) is the IPv4 address it carries. Scanned by hand, without regular
// expressions that could backtrack on a long hostile token.
import ipaddr from 'ipaddr.js';
import { isHostName, normalizeHostName } from './hostName';

export type SourceName =
  { kind: 'address'; address: string } | { kind: 'host'; name: string } | { kind: 'neither' };

const neither: SourceName = { kind: 'neither' };

/** Longer than any address can be written ("ffff:…:255.255.255.255%" + a zone id). */
const longestAddress = 45 + 1 + 64 + 2;

/** The address the text is, in its stored form, or undefined when it is not one. */
export function readAddress(text: string): string | undefined {
  if (text.length === 0 || text.length > longestAddress) return undefined;
  if (isFourPartDecimal(text, 0, text.length)) return text;
  return readIPv6(text);
}

/**
 * What text in a log's address position is: an address, a host name, or neither. A host name
 * here must be qualified (hostName.ts): a junk word ("root", "1x") where an address belongs is
 * no source at all.
 */
export function readSourceName(text: string): SourceName {
  const address = readAddress(text);
  if (address !== undefined) return { kind: 'address', address };
  return isHostName(text) ? { kind: 'host', name: normalizeHostName(text) } : neither;
}

/** True for IPv4 written as four decimal parts 0–255 without leading zeros, in text[start, end). */
export function isFourPartDecimal(text: string, start: number, end: number): boolean {
  let parts = 0;
  let at = start;
  while (at < end) {
    const partStart = at;
    let value = 0;
    while (at < end) {
      const code = text.charCodeAt(at);
      if (code < 48 || code > 57) break;
      value = value * 10 + (code - 48);
      at++;
    }
    const digits = at - partStart;
    if (digits === 0 || digits > 3 || value > 255) return false;
    if (digits > 1 && text.charCodeAt(partStart) === 48 /* 0 */) return false;
    parts++;
    if (at === end) return parts === 4;
    if (text.charCodeAt(at) !== 46 /* . */ || parts === 4) return false;
    at++;
  }
  return false;
}

// The same few addresses fill a log line after line; ipaddr.js takes microseconds per IPv6 parse.
// A small memo (emptied when full, so its size stays bounded) makes a repeat a Map lookup; text
// without the shape of IPv6 is turned away before it, by the scan in readIPv6.
const ipv6Memo = new Map<string, string | null>();
const ipv6MemoLimit = 4096;

function readIPv6(written: string): string | undefined {
  let end = written.length;
  let start = 0;
  if (written.charCodeAt(0) === 91 /* [ */) {
    if (written.charCodeAt(end - 1) !== 93 /* ] */) return undefined;
    start = 1;
    end -= 1;
  }
  const zone = written.indexOf('%', start);
  if (zone >= 0) {
    if (zone >= end || !isZoneId(written, zone + 1, end)) return undefined;
    end = zone;
  }
  // Only hex digits, colons and the dots of an embedded IPv4 part; groups of at most four digits;
  // eight groups, or fewer with one "::"; the IPv4 part in decimal. Checked here so that the
  // many things that look a little like IPv6 ("10:00:01" in every syslog stamp) cost no parse.
  let colons = 0;
  let lastColon = start - 2; // no colon yet, and none just before the first character
  let doubleColons = 0;
  let dots = false;
  let groupDigits = 0;
  for (let at = start; at < end; at++) {
    const code = written.charCodeAt(at);
    if (code === 58 /* : */) {
      colons++;
      if (lastColon === at - 1) doubleColons++;
      lastColon = at;
      groupDigits = 0;
    } else if (code === 46 /* . */) {
      dots = true;
    } else if (!isHexDigit(code)) {
      return undefined;
    } else if (!dots && ++groupDigits > 4) {
      return undefined;
    }
  }
  if (colons < 2 || colons > 7 || doubleColons > 1) return undefined;
  if (doubleColons === 0 && colons !== (dots ? 6 : 7)) return undefined;
  if (dots && !isFourPartDecimal(written, lastColon + 1, end)) return undefined;
  const text = written.slice(start, end);
  const memo = ipv6Memo.get(text);
  if (memo !== undefined) return memo ?? undefined;
  const address = ipv6Text(text);
  if (ipv6Memo.size >= ipv6MemoLimit) ipv6Memo.clear();
  // A copy: a key cut from a read chunk would keep the chunk alive.
  ipv6Memo.set((' ' + text).slice(1), address ?? null);
  return address;
}

/** ipaddr.js's reading of text that has the shape of IPv6: RFC 5952, or IPv4 when mapped. */
function ipv6Text(text: string): string | undefined {
  if (!ipaddr.IPv6.isValid(text)) return undefined;
  const address = ipaddr.IPv6.parse(text);
  return address.isIPv4MappedAddress() ? address.toIPv4Address().toString() : address.toRFC5952String();
}

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
}

/** An interface name or number ("eth0", "3", "en0.100"): letters, digits, "_", "-", ".". */
function isZoneId(text: string, start: number, end: number): boolean {
  if (end <= start || end - start > 64) return false;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (!(isLetterOrDigit(code) || code === 95 /* _ */ || code === 45 /* - */ || code === 46 /* . */))
      return false;
  }
  return true;
}

function isLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * A host name as RFC 1123 writes one: dot-separated labels of 1–63 letters, digits and hyphens,
 * no label starting or ending with a hyphen, at most 253 characters, one trailing dot allowed.
 * The last label is not all digits (RFC 1123 2.1: that would be an IPv4 address such as
 * "999.1.1.1"). Lower case, as DNS compares names; undefined for anything else.
 */
export function readHostName(text: string): string | undefined {
  const end = text.charCodeAt(text.length - 1) === 46 /* . */ ? text.length - 1 : text.length;
  if (end === 0 || end > 253) return undefined;
  let labelStart = 0;
  let labelDigitsOnly = true;
  for (let at = 0; at <= end; at++) {
    const code = at === end ? 46 : text.charCodeAt(at);
    if (code === 46 /* . */) {
      const length = at - labelStart;
      if (length === 0 || length > 63) return undefined;
      if (text.charCodeAt(labelStart) === 45 || text.charCodeAt(at - 1) === 45) return undefined;
      if (at === end && labelDigitsOnly) return undefined;
      labelStart = at + 1;
      labelDigitsOnly = true;
      continue;
    }
    if (code >= 48 && code <= 57) continue;
    if (!(isLetterOrDigit(code) || code === 45 /* - */)) return undefined;
    labelDigitsOnly = false;
  }
  return text.slice(0, end).toLowerCase();
}
