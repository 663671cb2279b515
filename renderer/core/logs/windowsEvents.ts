// What the Windows Security events about logons mean, whichever export they come from (XML, JSON,
// CSV): the event id and its named fields in, one AuthEvent out. Field names and codes from
// Microsoft's documentation of events 4624, 4625, 4740, 4771 and 4776.
import type { AuthEvent, EventKind } from './authEvent';
import { normalizeAddress } from '../net/addressScope';
import { logonTypeWords, windowsStatusWords } from './windowsCodes';

export type WindowsRecord = {
  eventId: number;
  /** UTC ms. */
  time: number;
  /** EventData fields by name ("TargetUserName", "IpAddress" …). */
  data: ReadonlyMap<string, string>;
  line: number;
};

/** Event ids this app reads; every other Security event is not about logons from outside. */
export const windowsLogonEventIds: ReadonlySet<number> = new Set([4624, 4625, 4740, 4771, 4776]);

// Logons Windows makes for itself (services, the desktop window manager …): not a person.
const systemAccounts = /^(?:SYSTEM|LOCAL SERVICE|NETWORK SERVICE|ANONYMOUS LOGON|DWM-\d+|UMFD-\d+|-)?$/i;
// Logon types a person makes: keyboard, network, unlock, clear-text network, Remote Desktop, cached.
const personLogonTypes: ReadonlySet<number> = new Set([2, 3, 7, 8, 10, 11]);

export function readWindowsEvent(record: WindowsRecord): AuthEvent | undefined {
  const field = (name: string) => {
    const value = record.data.get(name);
    return value === undefined || value === '-' || value === '' ? undefined : value;
  };
  const user = field('TargetUserName');
  const logonType = Number(field('LogonType') ?? NaN);
  const base = (kind: EventKind, ip: string | undefined, status?: string): AuthEvent => ({
    time: record.time,
    service: 'windows',
    kind,
    ip: ip === undefined ? undefined : normalizeAddress(ip),
    port: portOf(field('IpPort')),
    user,
    method: field('AuthenticationPackageName') ?? field('PackageName'),
    count: 1,
    line: record.line,
    pid: undefined,
    logonType: Number.isInteger(logonType) ? logonType : undefined,
    status,
  });
  switch (record.eventId) {
    case 4625: {
      // An account failed to log on. SubStatus says why more precisely than Status.
      const code = field('SubStatus') && field('SubStatus') !== '0x0' ? field('SubStatus') : field('Status');
      const status = windowsStatusWords(code);
      const unknownUser = code?.toLowerCase() === '0xc0000064';
      return base(unknownUser ? 'invalid-user' : 'auth-failure', addressOf(field('IpAddress')), status);
    }
    case 4624: {
      // A logon. Only those a person makes count; Windows logs its own by the hundred.
      if (
        !personLogonTypes.has(logonType) ||
        user === undefined ||
        systemAccounts.test(user) ||
        user.endsWith('$')
      ) {
        return base('other', undefined);
      }
      // "How" for the person: "Remote Desktop" says more than the package ("Negotiate").
      const event = base('success', addressOf(field('IpAddress')), logonTypeWords(logonType));
      event.method = logonTypeWords(logonType) ?? event.method;
      return event;
    }
    case 4771: {
      // Kerberos pre-authentication failed (a domain controller): 0x6 = no such user.
      const code = field('Status');
      const kind = code?.toLowerCase() === '0x6' ? 'invalid-user' : 'auth-failure';
      return {
        ...base(kind, addressOf(field('IpAddress')), windowsStatusWords(code, 'kerberos')),
        method: 'Kerberos',
      };
    }
    case 4776: {
      // NTLM credential check. A failure here comes with the 4625 of the same attempt, which
      // carries the address: counted there, kept here as 'other' so nothing counts twice.
      const code = field('Status');
      const event = base('other', undefined, windowsStatusWords(code));
      return { ...event, method: 'NTLM' };
    }
    case 4740:
      // A user account was locked out; TargetDomainName holds the caller computer's name.
      return base(
        'refused',
        undefined,
        `account locked out (called from ${field('TargetDomainName') ?? 'unknown'})`,
      );
    default:
      return undefined;
  }
}

/** Loopback and "-" are not a source: the logon came from this computer itself. */
function addressOf(value: string | undefined): string | undefined {
  if (value === undefined || value === '::1' || value === '127.0.0.1') return undefined;
  return value;
}

function portOf(value: string | undefined): number | undefined {
  const port = Number(value);
  return Number.isInteger(port) && port > 0 ? port : undefined;
}
