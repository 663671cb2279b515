// The syslog headers real servers write besides rsyslog's and journald's defaults (syslogLine.ts
// reads those, and is tried first: this runs only for lines it did not read). Seen in SSHGuard's
// and CrowdSec's corpora and in the wild:
//   Feb 7 16:01:07 host sshd[1]: …                 an unpadded day (syslog-ng, some rsyslog templates)
//   May 9 11:11:17 sshd[30876]: …                  no host name (busybox `syslogd -S`)
//   Jan  1 00:00:00 <10.5> foxtrot sshd[1234]: …   FreeBSD syslogd -v: facility.priority after the stamp
//   Jun 20 02:18:39 vps auth.info sshd[13482]: …   busybox: the priority as a word before the tag
//   <38>Feb 12 14:10:21 host sshd[1]: …            RFC 3164 as sent over the network, priority kept
//   Mar  3 00:17:22 [sshd]: …                      the tag in brackets (with or without the colon)
//   … sshd[123]: [ID 800047 auth.info] Failed …    Solaris: a message id after the tag
//   … bastion sshd[20974] error: …                 rsyslog 8 with a template that drops the colon
//   2018-12-20 10:09:05.180218+0000 localhost sshd[67566]: …    macOS: a space, not a "T"
//   2015-05-27T04:31:27.46667 auth.info: Invalid user …         socklog: no zone, no host, no program
//   2015-05-27T04:31:28.10040 auth.info: May 27 04:31:28 sshd[30993]: …   socklog around a syslog line
//   2018-06-26 13:22:02.108781500 Failed password for …         multilog/tai64nlocal: a stamp, then the message
//   2022-02-24T21:00:42.021457+00:00 evse dropbear 6052 - - …   RFC 5424 without its "<PRI>1"
// A stamp without a zone is read in the zone the person confirmed (SyslogHeader.zoneless).
import type { SyslogHeader } from './syslogLine';

/**
 * Fills `header` from the line text[start, end) when it has one of the headers above; false
 * otherwise. Slower than readSyslogHeader, which handles nearly every line of nearly every log.
 */
export function readLooseSyslogHeader(
  text: string,
  header: SyslogHeader,
  start: number,
  end: number,
): boolean {
  let at = start;
  if (text.charCodeAt(at) === 60 /* < */) {
    // "<38>Feb 12 …": the priority as sent over the network.
    const close = text.indexOf('>', at);
    if (close < 0 || close > at + 4 || close >= end) return false;
    at = close + 1;
  }
  const stampEnd = readStamp(text, at, end, header);
  if (stampEnd < 0) return false;
  header.stampStart = at;
  header.stampEnd = stampEnd;
  at = skipSpaces(text, stampEnd, end);
  // FreeBSD "-v": "<10.5> " between stamp and host.
  if (text.charCodeAt(at) === 60 /* < */) {
    const close = text.indexOf('> ', at);
    if (close < 0 || close > at + 10 || close >= end) return false;
    at = close + 2;
  }
  if (readTagAt(text, at, end, header)) return true;
  // A host name, then (busybox) maybe "auth.info", then the tag.
  const hostEnd = wordEnd(text, at, end);
  if (hostEnd === at || hostEnd >= end) return noTag(header, at, end, text);
  let tagAt = skipSpaces(text, hostEnd, end);
  if (isPriorityWord(text, tagAt, wordEnd(text, tagAt, end)) && !endsWithColon(text, tagAt, end)) {
    tagAt = skipSpaces(text, wordEnd(text, tagAt, end), end);
  }
  if (readTagAt(text, tagAt, end, header)) return true;
  if (readRfc5424Tail(text, tagAt, end, header)) return true;
  return noTag(header, at, end, text);
}

/** Where the stamp at `at` ends, with header.classic/zoneless/shortDay set; -1 when none. */
function readStamp(text: string, at: number, end: number, header: SyslogHeader): number {
  const first = text.charCodeAt(at);
  header.shortDay = false;
  header.zoneless = false;
  if (first >= 48 && first <= 57) {
    // "2015-05-27T04:31:27.46667", "2018-12-20 10:09:05.180218+0000", "2018-06-26 13:22:02.1087815"
    if (end - at < 19 || text.charCodeAt(at + 4) !== 45 || text.charCodeAt(at + 7) !== 45) return -1;
    const separator = text.charCodeAt(at + 10);
    if (separator !== 84 /* T */ && separator !== 32) return -1;
    if (text.charCodeAt(at + 13) !== 58 || text.charCodeAt(at + 16) !== 58) return -1;
    let stampEnd = at + 19;
    if (text.charCodeAt(stampEnd) === 46 /* . */ || text.charCodeAt(stampEnd) === 44 /* , */) {
      stampEnd += 1;
      while (stampEnd < end && isDigit(text.charCodeAt(stampEnd))) stampEnd += 1;
    }
    const zone = text.charCodeAt(stampEnd);
    if (zone === 90 /* Z */) {
      stampEnd += 1;
    } else if (zone === 43 || zone === 45) {
      stampEnd += 1;
      while (stampEnd < end && (isDigit(text.charCodeAt(stampEnd)) || text.charCodeAt(stampEnd) === 58)) {
        stampEnd += 1;
      }
    } else {
      header.zoneless = true;
    }
    if (stampEnd < end && text.charCodeAt(stampEnd) !== 32) return -1;
    header.classic = false;
    return stampEnd;
  }
  // "Feb  7 16:01:07" (syslogLine.ts reads it, unless what follows is unusual) or "Feb 7 16:01:07".
  if (end - at < 14 || text.charCodeAt(at + 3) !== 32) return -1;
  const short = text.charCodeAt(at + 5) === 32 && isDigit(text.charCodeAt(at + 4));
  const length = short ? 14 : 15;
  if (text.charCodeAt(at + length - 6) !== 58 || text.charCodeAt(at + length - 3) !== 58) return -1;
  if (at + length < end && text.charCodeAt(at + length) !== 32) return -1;
  header.classic = true;
  header.shortDay = short;
  return at + length;
}

/**
 * A tag at `at`: "prog[pid]:", "prog:", "prog[pid]" (no colon), "[prog]:" or socklog's
 * "auth.info:", followed by a space. Sets the program, pid and message start.
 */
function readTagAt(text: string, at: number, end: number, header: SyslogHeader): boolean {
  const tagEnd = wordEnd(text, at, end);
  if (tagEnd === at || tagEnd >= end) return false;
  let last = tagEnd - 1;
  const colon = text.charCodeAt(last) === 58;
  if (colon) last -= 1;
  if (text.charCodeAt(at) === 91 /* [ */) {
    // "[sshd]:", and "[exim] " as some syslogd templates write it
    if (text.charCodeAt(last) !== 93) return false;
    return setTag(text, header, at + 1, last, 0, tagEnd + 1, end);
  }
  if (text.charCodeAt(last) === 93 /* ] */) {
    const open = text.lastIndexOf('[', last);
    if (open <= at) return false;
    let pid = 0;
    for (let index = open + 1; index < last; index++) {
      const code = text.charCodeAt(index);
      if (!isDigit(code)) return false;
      pid = pid * 10 + (code - 48);
    }
    if (last - open - 1 > 15) pid = 0;
    return setTag(text, header, at, open, pid, tagEnd + 1, end);
  }
  if (!colon) return false;
  if (isPriorityWord(text, at, last + 1)) {
    // socklog: "auth.info: " and then maybe the syslog line it wrapped, else the message alone.
    const inner = tagEnd + 1;
    const innerStampEnd = readStamp(text, inner, end, { ...header });
    const tagAt = innerStampEnd < 0 ? inner : skipSpaces(text, innerStampEnd, end);
    if (readTagAt(text, tagAt, end, header)) return true;
    return noTag(header, inner, end, text);
  }
  return setTag(text, header, at, last + 1, 0, tagEnd + 1, end);
}

/** RFC 5424 without "<PRI>1 ": "APP PROCID MSGID SD MSG" after the host, with nil fields "-". */
function readRfc5424Tail(text: string, at: number, end: number, header: SyslogHeader): boolean {
  const appEnd = wordEnd(text, at, end);
  const pidEnd = wordEnd(text, appEnd + 1, end);
  const msgIdEnd = wordEnd(text, pidEnd + 1, end);
  if (
    msgIdEnd >= end ||
    text.charCodeAt(msgIdEnd + 1) !== 45 /* - */ ||
    text.charCodeAt(msgIdEnd + 2) !== 32
  ) {
    return false;
  }
  let pid = 0;
  for (let index = appEnd + 1; index < pidEnd; index++) {
    const code = text.charCodeAt(index);
    if (code === 45 && pidEnd === appEnd + 2) break;
    if (!isDigit(code)) return false;
    pid = pid * 10 + (code - 48);
  }
  return setTag(text, header, at, appEnd, pid, msgIdEnd + 3, end);
}

function setTag(
  text: string,
  header: SyslogHeader,
  programStart: number,
  programEnd: number,
  pid: number,
  messageStart: number,
  end: number,
): boolean {
  if (programEnd <= programStart) return false;
  header.programStart = programStart;
  header.programEnd = programEnd;
  header.pid = pid;
  header.anyProgram = false;
  header.messageStart = messageAfterTag(text, messageStart, end);
  return true;
}

/** A line with a stamp and a message but no program: only sshd's distinctive messages are read. */
function noTag(header: SyslogHeader, messageStart: number, end: number, text: string): boolean {
  if (messageStart >= end) return false;
  header.programStart = messageStart;
  header.programEnd = messageStart;
  header.pid = 0;
  header.anyProgram = true;
  header.messageStart = messageAfterTag(text, messageStart, end);
  return true;
}

/** Skips extra spaces and Solaris's "[ID 800047 auth.info] " in front of the message. */
function messageAfterTag(text: string, at: number, end: number): number {
  let cursor = skipSpaces(text, at, end);
  if (text.startsWith('[ID ', cursor)) {
    const close = text.indexOf('] ', cursor);
    if (close > 0 && close < end && close - cursor < 40) cursor = skipSpaces(text, close + 2, end);
  }
  return Math.min(cursor, end);
}

/** "auth.info", "authpriv.notice", "local7.err": a facility and a level. */
function isPriorityWord(text: string, start: number, end: number): boolean {
  const dot = text.indexOf('.', start);
  if (dot <= start || dot >= end - 1) return false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (index !== dot && !((code >= 97 && code <= 122) || isDigit(code))) return false;
  }
  return true;
}

function endsWithColon(text: string, at: number, end: number): boolean {
  const tagEnd = wordEnd(text, at, end);
  return tagEnd > at && text.charCodeAt(tagEnd - 1) === 58;
}

function wordEnd(text: string, from: number, end: number): number {
  const space = text.indexOf(' ', from);
  return space < 0 || space > end ? end : space;
}

function skipSpaces(text: string, from: number, end: number): number {
  let at = from;
  while (at < end && text.charCodeAt(at) === 32) at += 1;
  return at;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
