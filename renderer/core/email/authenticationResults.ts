// Authentication-Results (RFC 8601) and ARC-Authentication-Results (RFC 8617) read into plain
// words. Anyone can write such a header into a message before sending it, so a result is trusted
// only when its authserv-id (the name of the server that did the checks) is one of ours
// (RFC 8601 section 5: a receiver must ignore results from authserv-ids it does not know).
import { isOurs } from './ourDomains';

export type AuthenticationCheck = {
  /** spf, dkim, dmarc, arc, … in lower case. */
  method: string;
  /** pass, fail, softfail, neutral, none, temperror, permerror, policy, … in lower case. */
  result: string;
  /** ptype.property=value pairs: smtp.mailfrom, header.from, header.d, header.i, … */
  properties: Record<string, string>;
  /** One plain sentence for a person who does not know what SPF is. */
  words: string;
};

export type AuthenticationResult = {
  header: 'Authentication-Results' | 'ARC-Authentication-Results';
  authservId: string;
  /** ARC's instance number (i=1 is the first forwarder), null for Authentication-Results. */
  instance: number | null;
  checks: AuthenticationCheck[];
  /** Written by one of our servers; only such a result is relied on. */
  trusted: boolean;
};

/** Removes RFC 5322 comments "(…)", nested ones too, keeping quoted strings. */
function withoutComments(text: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const character = text[at]!;
    if (character === '\\') {
      if (depth === 0) out += character + (text[at + 1] ?? '');
      at++;
    } else if (character === '"' && depth === 0) {
      quoted = !quoted;
      out += character;
    } else if (character === '(' && !quoted) depth++;
    else if (character === ')' && !quoted && depth > 0) depth--;
    else if (depth === 0) out += character;
  }
  return out;
}

const resultShape = /^([a-z0-9_-]+)(?:\/\d+)?\s*=\s*([a-z]+)(.*)$/i;
const propertyShape = /([a-z]+\.[a-z0-9_-]+|reason)\s*=\s*("[^"]*"|[^\s;]+)/gi;

function domainOf(text: string | undefined): string {
  if (!text) return 'the sender';
  return text.replace(/^.*@/, '').toLowerCase() || 'the sender';
}

/** The plain sentence for one check. */
export function checkWords(method: string, result: string, properties: Record<string, string>): string {
  const mailFrom = domainOf(properties['smtp.mailfrom'] ?? properties['smtp.helo']);
  const signer = domainOf(properties['header.d'] ?? properties['header.i']);
  const fromDomain = domainOf(properties['header.from']);
  if (method === 'spf') {
    if (result === 'pass')
      return `The sending server is one that ${mailFrom} allows to send its mail (SPF passed).`;
    if (result === 'fail')
      return `The sending domain's own check failed: the mail did not come from a server that ${mailFrom} allows (SPF failed).`;
    if (result === 'softfail')
      return `${mailFrom} says the sending server is probably not one of its own (SPF soft fail).`;
    if (result === 'neutral' || result === 'none')
      return `${mailFrom} does not say which servers may send its mail (SPF ${result}).`;
  }
  if (method === 'dkim') {
    if (result === 'pass')
      return `The message carries a valid signature of ${signer}: it was not changed after ${signer} sent it (DKIM passed).`;
    if (result === 'fail')
      return `A signature of ${signer} does not match: the message was changed after signing, or the signature is fake (DKIM failed).`;
    if (result === 'none') return 'The message carries no signature of its sender (no DKIM).';
  }
  if (method === 'dmarc') {
    if (result === 'pass')
      return `${fromDomain}, the domain in the From line, approves this message (DMARC passed).`;
    if (result === 'fail')
      return `${fromDomain}, the domain in the From line, does not approve this message: it probably only pretends to come from there (DMARC failed).`;
    if (result === 'none') return `${fromDomain} publishes no rule for mail in its name (no DMARC).`;
  }
  if (method === 'arc') {
    if (result === 'pass') return 'The chain of forwarding servers is sealed and intact (ARC passed).';
    if (result === 'fail') return 'The seal of the forwarding servers is broken (ARC failed).';
    if (result === 'none') return 'No forwarding server sealed the message (no ARC).';
  }
  if (result === 'temperror' || result === 'permerror')
    return `The ${method.toUpperCase()} check could not be completed (${result}).`;
  return `${method.toUpperCase()} check: ${result}.`;
}

/** One Authentication-Results or ARC-Authentication-Results value. */
export function readAuthenticationResult(
  header: AuthenticationResult['header'],
  value: string,
  ours: readonly string[],
): AuthenticationResult | null {
  const parts = withoutComments(value)
    .split(';')
    .map((part) => part.trim());
  let instance: number | null = null;
  if (header === 'ARC-Authentication-Results') {
    const instancePart = /^i\s*=\s*(\d+)$/i.exec(parts[0] ?? '');
    if (!instancePart) return null;
    instance = Number(instancePart[1]);
    parts.shift();
  }
  // The authserv-id, optionally followed by a version number (RFC 8601 2.2).
  const authservId = (parts.shift() ?? '').split(/\s+/)[0]!.toLowerCase();
  if (authservId === '') return null;
  const checks: AuthenticationCheck[] = [];
  for (const part of parts) {
    const shape = resultShape.exec(part);
    if (!shape) continue;
    const method = shape[1]!.toLowerCase();
    const result = shape[2]!.toLowerCase();
    const properties: Record<string, string> = {};
    for (const property of shape[3]!.matchAll(propertyShape)) {
      properties[property[1]!.toLowerCase()] = property[2]!.replace(/^"|"$/g, '');
    }
    checks.push({ method, result, properties, words: checkWords(method, result, properties) });
  }
  return { header, authservId, instance, checks, trusted: isOurs(authservId, ours) };
}
