// Get-WinEvent's "Properties" are the EventData fields in schema order, without their names.
// The names, per event id, from the events' manifest (Microsoft-Windows-Security-Auditing).
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
};
