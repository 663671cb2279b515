// The Windows events that say what happened after someone logged on, and whether the record of it
// survives: a log cleared (Security 1102, System 104), accounts created, enabled, reset, changed,
// deleted or put into groups (4720, 4722, 4724, 4738, 4726, 4728/4732/4756, 4729/4733), special
// privileges given to a logon (4672) and explicit credentials used (4648). Field names from
// Microsoft's documentation of each event; every name is the logged-on user's or the attacker's text.
import type { AuthEvent } from './authEvent';
import type { WindowsRecord } from './windowsEvents';

/** Event ids read here. */
export const windowsAftermathIds: ReadonlySet<number> = new Set([
  1102, 104, 4720, 4722, 4724, 4726, 4728, 4729, 4732, 4733, 4738, 4756, 4672, 4648,
]);

// Accounts Windows uses for itself: their privileges and credentials are no one's doing.
const systemSubjects = /^(?:SYSTEM|LOCAL SERVICE|NETWORK SERVICE|ANONYMOUS LOGON|DWM-\d+|UMFD-\d+|-)?$/i;

export function readWindowsAftermath(record: WindowsRecord): AuthEvent | undefined {
  const field = (name: string) => {
    const value = record.data.get(name)?.trim();
    return value === undefined || value === '-' || value === '' ? undefined : value;
  };
  const subject = field('SubjectUserName');
  const subjectDomain = field('SubjectDomainName');
  const by =
    subject === undefined
      ? undefined
      : subjectDomain === undefined
        ? subject
        : `${subjectDomain}\\${subject}`;
  const byWhom = by === undefined ? '' : ` by ${by}`;
  const target = field('TargetUserName');
  const event = (fields: Partial<AuthEvent>): AuthEvent => ({
    time: record.time,
    service: 'windows',
    kind: 'other',
    count: 1,
    line: record.line,
    ...fields,
  });
  switch (record.eventId) {
    case 1102:
    case 104: {
      // Only the event log service's own 1102/104 mean "cleared"; other providers reuse the ids.
      if (record.provider !== undefined && !/eventlog/i.test(record.provider)) return undefined;
      const log = record.eventId === 1102 ? 'Security' : (field('Channel') ?? record.channel ?? 'System');
      return event({ user: subject, logCleared: log, status: `the ${log} log was cleared${byWhom}` });
    }
    case 4720:
      return event({ user: target, accountChange: `account ${target ?? '?'} created${byWhom}` });
    case 4722:
      return event({ user: target, accountChange: `account ${target ?? '?'} enabled${byWhom}` });
    case 4724:
      return event({ user: target, accountChange: `password of ${target ?? '?'} reset${byWhom}` });
    case 4738:
      return event({ user: target, accountChange: `account ${target ?? '?'} changed${byWhom}` });
    case 4726:
      return event({ user: target, accountChange: `account ${target ?? '?'} deleted${byWhom}` });
    case 4728:
    case 4732:
    case 4756:
    case 4729:
    case 4733: {
      // MemberName is a distinguished name, or "-" for a local account: then only its SID is there.
      const member = field('MemberName') ?? field('MemberSid') ?? '?';
      const group =
        target === undefined
          ? '?'
          : field('TargetDomainName')
            ? `${field('TargetDomainName')}\\${target}`
            : target;
      const added = record.eventId === 4728 || record.eventId === 4732 || record.eventId === 4756;
      return event({
        user: member,
        accountChange: `${member} ${added ? 'added to' : 'removed from'} group ${group}${byWhom}`,
      });
    }
    case 4672: {
      // Windows gives its own accounts privileges at every service start: about logons, no one's doing.
      if (subject === undefined || systemSubjects.test(subject) || subject.endsWith('$')) return event({});
      const privileges = (field('PrivilegeList') ?? '').split(/\s+/).filter(Boolean);
      return event({
        user: subject,
        actionByUser: `logged on with special privileges (administrator rights)${privileges.length > 0 ? `: ${privileges.join(', ')}` : ''}`,
      });
    }
    case 4648: {
      if (subject === undefined || systemSubjects.test(subject) || subject.endsWith('$')) return event({});
      const whose = field('TargetDomainName')
        ? `${field('TargetDomainName')}\\${target ?? '?'}`
        : (target ?? '?');
      const server = field('TargetServerName');
      const process = field('ProcessName');
      return event({
        user: subject,
        actionByUser: `used the credentials of ${whose}${server ? ` for ${server}` : ''}${process ? ` (${process})` : ''}`,
      });
    }
    default:
      return undefined;
  }
}
