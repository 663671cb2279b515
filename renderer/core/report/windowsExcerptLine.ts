// A Windows event as one readable excerpt line. The raw record (a screen of XML, or a CSV row
// with a 40-line message) means nothing to an abuse desk and would carry our domain, computer
// names and SIDs out of the office; this line carries only what they need: when (UTC, marked Z),
// which event, which user was tried, from where, and why it failed.
import type { AuthEvent } from '../logs/authEvent';
import { logonTypeWords } from '../logs/windowsCodes';

/** "2026-11-21T10:48:21Z 4625 failed logon for admin from 203.0.113.7 port 50001 (logon type 3: …; wrong password (0xC000006A))". */
export function windowsExcerptLine(event: AuthEvent): string {
  const stamp = new Date(event.time).toISOString().replace('.000Z', 'Z');
  const what = eventWords(event);
  const user = event.user === undefined ? '' : ` for ${event.user}`;
  const from =
    event.ip === undefined ? '' : ` from ${event.ip}${event.port === undefined ? '' : ` port ${event.port}`}`;
  const details: string[] = [];
  if (event.logonType !== undefined) {
    const words = logonTypeWords(event.logonType);
    details.push(`logon type ${event.logonType}${words === undefined ? '' : `: ${words}`}`);
  }
  // A 4624's status repeats the logon type in words; a failure's says why it failed.
  if (event.status !== undefined && event.kind !== 'success') details.push(event.status);
  // The number Event Viewer shows for the event, so the abuse desk's questions can be answered from it.
  if (event.recordId !== undefined) details.push(`EventRecordID ${event.recordId}`);
  return `${stamp} ${what}${user}${from}${details.length > 0 ? ` (${details.join('; ')})` : ''}`;
}

// The kinds windowsEvents.ts gives each event id; the id itself is not kept on an AuthEvent.
function eventWords(event: AuthEvent): string {
  if (event.method === 'Kerberos') return '4771 Kerberos pre-authentication failed';
  switch (event.kind) {
    case 'auth-failure':
    case 'invalid-user':
      return '4625 failed logon';
    case 'success':
      return '4624 successful logon';
    case 'refused':
      return '4740 account locked out';
    default:
      return event.method === 'NTLM' ? '4776 credential check' : 'event';
  }
}
