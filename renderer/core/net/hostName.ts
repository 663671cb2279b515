// A host name where a log should have written an address: sshd with `UseDNS yes` (pam_unix's
// rhost=, and old OpenSSH's "Accepted … from scanner.example.com"), tcp-wrappers, some FTP and mail
// servers. Such a name is a source of its own (DECISIONS.md, "Host names"): counted and flagged
// like an address, never fed to an abuse contact unless a lookup resolves and confirms it.

/**
 * RFC 1123 host names: labels of letters, digits and hyphens, at most 253 characters in all, with
 * at least two labels and a last one that starts with a letter (a top-level domain): so a junk
 * word ("root", "1x") or an address written oddly ("0x7f.0.0.1") is not taken for one.
 */
export function isHostName(written: string): boolean {
  const text = written.endsWith('.') ? written.slice(0, -1) : written;
  const length = text.length;
  if (length === 0 || length > 253) return false;
  const lastDot = text.lastIndexOf('.');
  const tldStart = text.charCodeAt(lastDot + 1) | 0x20;
  if (lastDot < 1 || !(tldStart >= 97 && tldStart <= 122)) return false;
  let labelLength = 0;
  let letters = 0;
  for (let at = 0; at < length; at++) {
    const code = text.charCodeAt(at);
    if (code === 46 /* . */) {
      if (labelLength === 0 || text.charCodeAt(at - 1) === 45) return false;
      labelLength = 0;
      continue;
    }
    const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    if (!letter && !(code >= 48 && code <= 57) && code !== 45 && code !== 95) return false;
    if (code === 45 && labelLength === 0) return false;
    if (letter) letters += 1;
    labelLength += 1;
    if (labelLength > 63) return false;
  }
  return letters > 0 && text.charCodeAt(length - 1) !== 45;
}

/** The form a host name is stored and compared in: lower case, without a final dot. */
export function normalizeHostName(text: string): string {
  const lower = text.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}
