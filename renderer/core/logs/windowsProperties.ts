// Get-WinEvent's "Properties" are the EventData fields in schema order, without their names.
// The names, per event id, from the events' manifest (Microsoft-Windows-Security-Auditing).
// prettier-ignore
const accountTarget = ['TargetUserName', 'TargetDomainName', 'TargetSid', 'SubjectUserSid', 'SubjectUserName',
  'SubjectDomainName', 'SubjectLogonId', 'PrivilegeList'];
// prettier-ignore
const groupMember = ['MemberName', 'MemberSid', 'TargetUserName', 'TargetDomainName', 'TargetSid', 'SubjectUserSid',
  'SubjectUserName', 'SubjectDomainName', 'SubjectLogonId', 'PrivilegeList'];

// prettier-ignore
export const propertyNames: Readonly<Record<number, readonly string[]>> = {
  4624: ['SubjectUserSid', 'SubjectUserName', 'SubjectDomainName', 'SubjectLogonId', 'TargetUserSid',
    'TargetUserName', 'TargetDomainName', 'TargetLogonId', 'LogonType', 'LogonProcessName',
    'AuthenticationPackageName', 'WorkstationName', 'LogonGuid', 'TransmittedServices', 'LmPackageName',
    'KeyLength', 'ProcessId', 'ProcessName', 'IpAddress', 'IpPort'],
  4625: ['SubjectUserSid', 'SubjectUserName', 'SubjectDomainName', 'SubjectLogonId', 'TargetUserSid',
    'TargetUserName', 'TargetDomainName', 'Status', 'FailureReason', 'SubStatus', 'LogonType',
    'LogonProcessName', 'AuthenticationPackageName', 'WorkstationName', 'TransmittedServices',
    'LmPackageName', 'KeyLength', 'ProcessId', 'ProcessName', 'IpAddress', 'IpPort'],
  4740: ['TargetUserName', 'TargetDomainName', 'TargetSid', 'SubjectUserSid', 'SubjectUserName',
    'SubjectDomainName', 'SubjectLogonId'],
  4771: ['TargetUserName', 'TargetSid', 'ServiceName', 'TicketOptions', 'Status', 'PreAuthType',
    'IpAddress', 'IpPort'],
  4776: ['PackageName', 'TargetUserName', 'Workstation', 'Status'],
  1102: ['SubjectUserSid', 'SubjectUserName', 'SubjectDomainName', 'SubjectLogonId'],
  104: ['SubjectUserName', 'SubjectDomainName', 'Channel', 'BackupPath'],
  4720: ['TargetUserName', 'TargetDomainName', 'TargetSid', 'SubjectUserSid', 'SubjectUserName',
    'SubjectDomainName', 'SubjectLogonId', 'PrivilegeList', 'SamAccountName'],
  4722: accountTarget,
  4724: accountTarget,
  4726: accountTarget,
  4738: ['Dummy', ...accountTarget],
  4728: groupMember,
  4729: groupMember,
  4732: groupMember,
  4733: groupMember,
  4756: groupMember,
  4672: ['SubjectUserSid', 'SubjectUserName', 'SubjectDomainName', 'SubjectLogonId', 'PrivilegeList'],
  4648: ['SubjectUserSid', 'SubjectUserName', 'SubjectDomainName', 'SubjectLogonId', 'LogonGuid',
    'TargetUserName', 'TargetDomainName', 'TargetLogonGuid', 'TargetServerName', 'TargetInfo', 'ProcessId',
    'ProcessName', 'IpAddress', 'IpPort'],
};
