// What the Windows Security events about logons mean, whichever export they come from (XML, JSON,
// CSV): the event id and its named fields in, one AuthEvent out. Field names and codes from
// Microsoft's documentation of events 4624, 4625, 4740, 4771 and 4776; what happened after a
// logon (logs cleared, accounts changed, privileges) in windowsAftermath.ts.
import type { AuthEvent, EventKind } from './authEvent';
import { normalizeAddress } from '../net/addressScope';
import { logonTypeWords, windowsStatusWords } from './windowsCodes';
import { readWindowsAftermath, windowsAftermathIds } from './windowsAftermath';

export type WindowsRecord = {
  eventId: number;
  /** UTC ms. */
  time: number;
  /** EventData fields by name ("TargetUserName", "IpAddress" …), or UserData's for 1102 and 104. */
  data: ReadonlyMap<string, string>;
  line: number;
  /** System/Provider Name, where the export keeps it ("Microsoft-Windows-Eventlog"). */
  provider?: string;
  /** System/Channel, where the export keeps it ("Security", "System"). */
  channel?: string;
};

/** Event ids this app reads; every other event is not about logons or what followed them. */
export const windowsLogonEventIds: ReadonlySet<number> = new Set([
  4624,
  4625,
  4740,
  4771,
  4776,
  ...windowsAftermathIds,
]);

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
  if (windowsAftermathIds.has(record.eventId)) return readWindowsAftermath(record);
  switch (record.eventId) {
    case 4625: {
      // An account failed to log on. SubStatus says why more precisely than Status.
      const code = field('SubStatus') && field('SubStatus') !== '0x0' ? field('SubStatus') : field('Status');
      const status = windowsStatusWords(code);
      const unknownUser = code?.toLowerCase() === '0xc0000064';
      const event = base(
        unknownUser ? 'invalid-user' : 'auth-failure',
        addressOf(field('IpAddress'), logonType),
        status,
      );
      // Without an address (NTLM over SMB or RDP without NLA) the client's own name for its
      // computer is all there is: shown, never taken for proof.
      const workstation = field('WorkstationName')?.trim();
      if (event.ip === undefined && workstation !== undefined && workstation !== '')
        event.workstation = workstation;
      return event;
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
      const event = base('success', addressOf(field('IpAddress'), logonType), logonTypeWords(logonType));
      event.method = logonTypeWords(logonType) ?? event.method;
      if (logonType === 10 && event.ip !== undefined && isLoopback(event.ip)) {
        // Remote Desktop cannot come from the console: from this computer's own address it came
        // through a tunnel or port forward (ssh -L, a Remote Desktop gateway, a reverse proxy).
        event.method = remoteDesktopThroughTunnel;
        event.status = remoteDesktopThroughTunnel;
      }
      return event;
    }
    case 4771: {
      // Kerberos pre-authentication failed (a domain controller): 0x6 = no such user.
      const code = field('Status');
      const kind = code?.toLowerCase() === '0x6' ? 'invalid-user' : 'auth-failure';
      return {
        ...base(kind, addressOf(field('IpAddress'), NaN), windowsStatusWords(code, 'kerberos')),
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

export const remoteDesktopThroughTunnel =
  "Remote Desktop through a tunnel or port forward (logged as from this computer's own address, not the console)";

/**
 * "-" is no source, nor is loopback for a logon at this computer itself; but a Remote Desktop
 * logon (type 10) from loopback was forwarded from somewhere: its address is kept.
 */
function addressOf(value: string | undefined, logonType: number): string | undefined {
  if (value === undefined) return undefined;
  if (isLoopback(normalizeAddress(value)) && logonType !== 10) return undefined;
  return value;
}

function isLoopback(address: string): boolean {
  return address === '::1' || /^127\./.test(address);
}

function portOf(value: string | undefined): number | undefined {
  const port = Number(value);
  return Number.isInteger(port) && port > 0 ? port : undefined;
}
