// One e-mail mailbox — "Name <local@domain>" or a bare "local@domain" — read strictly, for the
// sender and the recipient of a draft. Whatever is not exactly one mailbox is refused: a page or a
// setting that sends "Eve <e@x>, Bcc: z@y" must not add a recipient, and the desktop handler, the
// MIME writer and the command line's --from all ask this one function.
import { readHostName } from '../net/addressText';

export type Mailbox = { name: string; local: string; domain: string };

/** Letters, digits and the specials RFC 5322 allows in a dot-atom (no quoted local parts). */
const atomCharacters = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;

/** local@domain as RFC 5322 3.4.1 writes it with a dot-atom, the domain an RFC 1123 host name. */
export function parseAddressSpec(text: string): { local: string; domain: string } | null {
  if (text.length > 254) return null;
  const at = text.lastIndexOf('@');
  if (at <= 0 || at > 64) return null;
  const local = text.slice(0, at);
  const domain = readHostName(text.slice(at + 1));
  if (domain === undefined || !domain.includes('.')) return null;
  if (!local.split('.').every((atom) => atomCharacters.test(atom))) return null;
  return { local, domain };
}

/**
 * The text as one mailbox, or null. With a name, the address is the one in the last pair of
 * angle brackets, which must end the text; everything before it is the name, taken as text
 * (the writer quotes it), so "Bob (IT)" and "Dept: IT" stay names.
 */
export function parseMailbox(text: string): Mailbox | null {
  const value = text.trim();
  if (value === '' || value.length > 400) return null;
  if (!value.endsWith('>')) {
    const spec = parseAddressSpec(value);
    return spec && { name: '', ...spec };
  }
  const open = value.lastIndexOf('<');
  if (open < 0) return null;
  const spec = parseAddressSpec(value.slice(open + 1, -1));
  if (spec === null) return null;
  let name = value.slice(0, open).trim();
  // A name written in quotes is the text inside them.
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"'))
    name = name.slice(1, -1).replace(/\\(.)/g, '$1');
  return { name, ...spec };
}

export const formatAddressSpec = (mailbox: Pick<Mailbox, 'local' | 'domain'>): string =>
  `${mailbox.local}@${mailbox.domain}`;
