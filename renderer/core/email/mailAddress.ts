// The address in a From, Return-Path or Sender field: "Name" <a@b.example>, <a@b.example>, or a
// bare a@b.example. Only what is needed to compare domains; hostile text stays text.

/** The addr-spec in a header value, lower-cased, or null when there is none. */
export function addressOfField(value: string | null): string | null {
  if (value === null) return null;
  const angled = /<([^<>\s]+@[^<>\s]+)>/.exec(value);
  const bare = angled ? angled[1]! : /([^\s<>"(),;:]+@[^\s<>"(),;:]+)/.exec(value)?.[1];
  return bare ? bare.toLowerCase() : null;
}

/** The domain after the "@", without a trailing dot or ">". */
export function domainOfAddress(address: string | null): string | null {
  if (address === null) return null;
  const domain = address.slice(address.lastIndexOf('@') + 1).replace(/[.>]+$/, '');
  return domain === '' ? null : domain;
}
