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
  4740: {
    TargetUserName: ['Account That Was Locked Out/Account Name'],
    // The XML names the caller computer TargetDomainName; windowsEvents.ts reads it from there.
    TargetDomainName: ['Additional Information/Caller Computer Name'],
  },
};

const sectionLine = /^([^\s:][^:]*):\s*$/;
const valueLine = /^(\s*)([^\s:][^:]*):\s*(.*)$/;

/** "Section/Label" → value for every "Label: value" line of the message. */
export function messageValues(message: string): Map<string, string> {
  const values = new Map<string, string>();
  let section = '';
  for (const line of message.split(/\r?\n/)) {
    const heading = sectionLine.exec(line);
    if (heading) {
      section = heading[1]!.trim();
      continue;
    }
    const entry = valueLine.exec(line);
    if (!entry) continue;
    // Indented lines belong to the section above; a line at the margin stands on its own.
    const path = `${entry[1] === '' ? '' : section}/${entry[2]!.trim()}`;
    if (!values.has(path)) values.set(path, entry[3]!.trim());
  }
  return values;
}

/** The EventData fields of an event read from its English message, or undefined if none is there. */
export function eventDataFromMessage(eventId: number, message: string): Map<string, string> | undefined {
  const paths = fieldPaths[eventId];
  if (!paths) return undefined;
  const values = messageValues(message);
  const data = new Map<string, string>();
  for (const [name, candidates] of Object.entries(paths)) {
    const value = candidates.map((path) => values.get(path)).find((found) => found !== undefined);
    if (value !== undefined) data.set(name, value);
  }
  return data.size > 0 ? data : undefined;
}
