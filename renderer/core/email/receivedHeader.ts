// One Received: header (RFC 5321 4.4, RFC 5322 3.6.7) read into its parts. Every mail server
// writes its own dialect, so this reads the clauses (from, by, via, with, id, for) and the
// comments beside them rather than one fixed layout:
//   Postfix/sendmail  from HELO (REVERSE [ADDRESS]) by HOST with ESMTP id ID for <x>; DATE
//   Exim              from REVERSE ([ADDRESS] helo=HELO) by HOST with esmtp id ID; DATE
//   qmail             from REVERSE (HELO helo) (ADDRESS) by HOST with SMTP; DATE
//   fetchmail         from HOST [ADDRESS] by localhost with IMAP (fetchmail-5.7.4) ...; DATE
// A Received line is text chosen partly by the sender (the HELO name, the for-address): the
// values are kept as text and checked before they become an address or a host name.
import { readAddress } from '../net/addressText';
import { isHostName, normalizeHostName } from '../net/hostName';
import { readMailDate } from './mailDate';

export type ReceivedHop = {
  /** The name the sending side gave for itself (HELO/EHLO): chosen by the sender. */
  fromHelo: string | null;
  /** The sending address's reverse-DNS name, as the receiving server looked it up. */
  fromReverseName: string | null;
  /** The sending side's IP address, as the receiving server saw the connection. */
  fromAddress: string | null;
  /** The receiving server, as it names itself. */
  byHost: string | null;
  /** SMTP, ESMTP, ESMTPS, ESMTPA, IMAP, POP3, HTTP, local, … */
  protocol: string | null;
  id: string | null;
  for: string | null;
  /** UTC milliseconds of the date after the last ";", or null when there is none. */
  time: number | null;
  /** The receiving server wrote "(may be forged)": the reverse name does not lead back. */
  mayBeForged: boolean;
  /** The whole header, unfolded, as written. */
  text: string;
};

type Token = { kind: 'word' | 'comment'; text: string };

const keywords = new Set(['from', 'by', 'via', 'with', 'id', 'for']);

/** Splits at the last ";" outside comments: what follows is the date. */
function splitDate(value: string): { clauses: string; date: string | null } {
  let depth = 0;
  let last = -1;
  for (let at = 0; at < value.length; at++) {
    const character = value[at];
    if (character === '\\') at++;
    else if (character === '(') depth++;
    else if (character === ')') depth = Math.max(0, depth - 1);
    else if (character === ';' && depth === 0) last = at;
  }
  if (last < 0) return { clauses: value, date: null };
  return { clauses: value.slice(0, last), date: value.slice(last + 1) };
}

function tokens(text: string): Token[] {
  const found: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const character = text[at]!;
    if (/\s/.test(character)) {
      at++;
      continue;
    }
    if (character === '(') {
      let depth = 0;
      const start = at;
      for (; at < text.length; at++) {
        if (text[at] === '\\') at++;
        else if (text[at] === '(') depth++;
        else if (text[at] === ')' && --depth === 0) break;
      }
      found.push({ kind: 'comment', text: text.slice(start + 1, at) });
      at++;
      continue;
    }
    const start = at;
    if (character === '[') {
      const close = text.indexOf(']', at);
      at = close < 0 ? text.length : close + 1;
    }
    while (at < text.length && !/[\s(]/.test(text[at]!)) at++;
    found.push({ kind: 'word', text: text.slice(start, at) });
  }
  return found;
}

type Clause = { value: string | null; words: string[]; comments: string[] };

function clausesOf(text: string): Map<string, Clause> {
  const clauses = new Map<string, Clause>();
  let current: Clause | null = null;
  for (const token of tokens(text)) {
    const keyword = token.kind === 'word' ? token.text.toLowerCase() : '';
    // The first of each keyword counts: "by uid 502" after "by HOST" is a qmail-scanner remark.
    if (keywords.has(keyword) && !clauses.has(keyword)) {
      current = { value: null, words: [], comments: [] };
      clauses.set(keyword, current);
      continue;
    }
    if (current === null) {
      // A comment before any clause ("(qmail 123 invoked by uid 505)", "(from jm@localhost)").
      current = { value: null, words: [], comments: [] };
      clauses.set('', current);
    }
    if (token.kind === 'comment') current.comments.push(token.text);
    else if (current.value === null) current.value = token.text;
    else current.words.push(token.text);
  }
  return clauses;
}

/** An address written as "[1.2.3.4]", "[IPv6:2001:db8::1]", "[1.2.3.4]:25", "(1.2.3.4)" or bare. */
function addressIn(text: string): string | null {
  const bracketed = /\[(?:IPv6:)?([0-9A-Fa-f:.]+)\]/.exec(text);
  if (bracketed) return readAddress(bracketed[1]!) ?? null;
  for (const word of text.split(/[\s,]+/)) {
    const address = readAddress(word.replace(/^\(|\)$/g, ''));
    if (address !== undefined) return address;
  }
  return null;
}

/** A host name as a server wrote it, lower case, without a trailing dot; null if it is none. */
function hostNameOf(text: string | undefined | null): string | null {
  if (!text) return null;
  const name = text
    .replace(/^[^@]*@/, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (name === '' || name === 'unknown') return null;
  if (name === 'localhost' || /^[a-z0-9-]{1,63}$/.test(name)) return name;
  return isHostName(name) ? normalizeHostName(name) : null;
}

function fromSide(clause: Clause | undefined) {
  const none = { fromHelo: null, fromReverseName: null, fromAddress: null, mayBeForged: false };
  if (!clause) return none;
  const value = clause.value ?? '';
  const all = [value, ...clause.words, ...clause.comments].join(' ');
  const mayBeForged = /may be forged/i.test(all);
  const valueAddress = addressIn(value);
  let fromAddress: string | null = null;
  for (const comment of clause.comments) {
    fromAddress ??= addressIn(comment);
  }
  fromAddress ??= clause.words.map(addressIn).find((address) => address !== null) ?? valueAddress;
  const exim = clause.comments.map((comment) => /helo=(\S+)/i.exec(comment)).find(Boolean);
  const qmail = clause.comments.map((comment) => /^HELO\s+(\S+)/i.exec(comment)).find(Boolean);
  if (exim || qmail) {
    return {
      fromHelo: (exim ?? qmail)![1]!,
      fromReverseName: valueAddress ? null : hostNameOf(value),
      fromAddress,
      mayBeForged,
    };
  }
  // Postfix and sendmail: "(REVERSE [ADDRESS])", the name just before the bracket.
  const reverse = clause.comments.map((comment) => /(?:^|\s)([^\s[\]()]+)\s+\[/.exec(comment)).find(Boolean);
  return {
    fromHelo: valueAddress ? null : value || null,
    fromReverseName: hostNameOf(reverse?.[1]),
    fromAddress,
    mayBeForged,
  };
}

/** Words of the "with" clause up to the next comment: "ESMTP", "Microsoft SMTP Server". */
function protocolOf(clause: Clause | undefined): string | null {
  if (!clause?.value) return null;
  return [clause.value, ...clause.words].join(' ').replace(/[[\]]/g, '').slice(0, 60);
}

const bare = (text: string | null | undefined) => (text ? text.replace(/^<|>$/g, '') : null);

/** One Received header's value (unfolded) read into a hop. */
export function readReceived(value: string): ReceivedHop {
  const { clauses: clauseText, date } = splitDate(value);
  const clauses = clausesOf(clauseText);
  const by = clauses.get('by');
  return {
    ...fromSide(clauses.get('from')),
    byHost: hostNameOf(by?.value),
    protocol: protocolOf(clauses.get('with')),
    id: bare(clauses.get('id')?.value),
    for: bare(clauses.get('for')?.value),
    time: readMailDate(date ?? value),
    text: value,
  };
}
