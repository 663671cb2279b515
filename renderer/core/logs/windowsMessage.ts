// CSV exports of Windows events (Event Viewer, Export-Csv) keep no EventData fields, only the
// rendered message text: "Account For Which Logon Failed:\n\tAccount Name:\t\tadmin …". This
// reads the English message back into the EventData names windowsEvents.ts understands. The
// labels are Windows' own (en-US); a message in another language yields nothing and the record
// then counts as unrecognized, so the person sees it rather than a silently wrong count.

/** "Section/Label" paths per EventData field; "/Label" is a line outside any section. */
type FieldPaths = Readonly<Record<string, readonly string[]>>;

const network = {
  WorkstationName: ['Network Information/Workstation Name'],
  IpAddress: ['Network Information/Source Network Address'],
  IpPort: ['Network Information/Source Port'],
  LogonProcessName: ['Detailed Authentication Information/Logon Process'],
  AuthenticationPackageName: ['Detailed Authentication Information/Authentication Package'],
};

const subject = {
  SubjectUserName: ['Subject/Account Name'],
  SubjectDomainName: ['Subject/Account Domain'],
};
const targetAccount = {
  ...subject,
  TargetUserName: ['Target Account/Account Name'],
  TargetDomainName: ['Target Account/Account Domain'],
};
const groupMember = {
  ...subject,
  MemberName: ['Member/Account Name'],
  MemberSid: ['Member/Security ID'],
  TargetUserName: ['Group/Group Name'],
  TargetDomainName: ['Group/Group Domain'],
};

const fieldPaths: Readonly<Record<number, FieldPaths>> = {
  4625: {
    TargetUserName: ['Account For Which Logon Failed/Account Name'],
    TargetDomainName: ['Account For Which Logon Failed/Account Domain'],
    LogonType: ['/Logon Type', 'Logon Information/Logon Type'],
    Status: ['Failure Information/Status'],
    SubStatus: ['Failure Information/Sub Status'],
    FailureReason: ['Failure Information/Failure Reason'],
    ...network,
  },
  4624: {
    TargetUserName: ['New Logon/Account Name'],
    TargetDomainName: ['New Logon/Account Domain'],
    // Windows Server 2016 and later nest it under "Logon Information"; 2008–2012 do not.
    LogonType: ['Logon Information/Logon Type', '/Logon Type'],
    ...network,
  },
  4771: {
    TargetUserName: ['Account Information/Account Name'],
    ServiceName: ['Service Information/Service Name'],
    Status: ['Additional Information/Failure Code'],
    IpAddress: ['Network Information/Client Address'],
    IpPort: ['Network Information/Client Port'],
  },
  4776: {
    PackageName: ['/Authentication Package'],
    TargetUserName: ['/Logon Account'],
    Workstation: ['/Source Workstation'],
    Status: ['/Error Code'],
  },
  1102: { SubjectUserName: ['Subject/Account Name'], SubjectDomainName: ['Subject/Domain Name'] },
  4720: {
    ...subject,
    TargetUserName: ['New Account/Account Name'],
    TargetDomainName: ['New Account/Account Domain'],
  },
  4722: targetAccount,
  4724: targetAccount,
  4726: targetAccount,
  4738: targetAccount,
  4728: groupMember,
  4729: groupMember,
  4732: groupMember,
  4733: groupMember,
  4756: groupMember,
  4672: { ...subject, PrivilegeList: ['/Privileges'] },
  4648: {
    ...subject,
    TargetUserName: ['Account Whose Credentials Were Used/Account Name'],
    TargetDomainName: ['Account Whose Credentials Were Used/Account Domain'],
    TargetServerName: ['Target Server/Target Server Name'],
    ProcessName: ['Process Information/Process Name'],
  },
  4740: {
    TargetUserName: ['Account That Was Locked Out/Account Name'],
    // The XML names the caller computer TargetDomainName; windowsEvents.ts reads it from there.
    TargetDomainName: ['Additional Information/Caller Computer Name'],
  },
};

const wantedPaths = new Map(
  Object.entries(fieldPaths).map(([eventId, paths]) => [
    Number(eventId),
    new Set(Object.values(paths).flat()),
  ]),
);

/**
 * "Section/Label" → value for the "Label: value" lines of the message (only the `wanted` paths
 * when given). Scanned by hand, not split and matched per line: a Security export has a message
 * of 30–50 lines for every event.
 */
export function messageValues(message: string, wanted?: ReadonlySet<string>): Map<string, string> {
  const values = new Map<string, string>();
  let section = '';
  for (let start = 0; start < message.length;) {
    const lineEnd = message.indexOf('\n', start);
    const end = lineEnd < 0 ? message.length : lineEnd;
    const colon = message.indexOf(':', start);
    if (colon >= 0 && colon < end) {
      const first = message.charCodeAt(start);
      const indented = first === 9 || first === 32; // tab or space
      const label = message.slice(start, colon).trim();
      const value = message.slice(colon + 1, end).trim();
      // A heading ("Network Information:") stands at the margin with nothing after it; indented
      // lines belong to the heading above, a line at the margin stands on its own.
      if (!indented && value === '') section = label;
      else if (label !== '') {
        const path = `${indented ? section : ''}/${label}`;
        if ((wanted === undefined || wanted.has(path)) && !values.has(path)) values.set(path, value);
      }
    }
    start = end + 1;
  }
  return values;
}

/** The EventData fields of an event read from its English message, or undefined if none is there. */
export function eventDataFromMessage(eventId: number, message: string): Map<string, string> | undefined {
  // 104's message is one sentence naming the log: "The System log file was cleared."
  if (eventId === 104) {
    const log = /^\s*The (.+?) log file was cleared\./.exec(message)?.[1];
    return log === undefined ? undefined : new Map([['Channel', log]]);
  }
  const paths = fieldPaths[eventId];
  if (!paths) return undefined;
  const values = messageValues(message, wantedPaths.get(eventId));
  const data = new Map<string, string>();
  for (const [name, candidates] of Object.entries(paths)) {
    const value = candidates.map((path) => values.get(path)).find((found) => found !== undefined);
    if (value !== undefined) data.set(name, value);
  }
  return data.size > 0 ? data : undefined;
}
