// Windows logon codes in words, for the person reading a 4625 or 4771. From Microsoft's
// documentation of event 4625 (NTSTATUS) and 4771 (Kerberos result codes).

const ntStatus: Readonly<Record<string, string>> = {
  '0xc000006d': 'wrong user name or password',
  '0xc000006a': 'wrong password',
  '0xc0000064': 'user name does not exist',
  '0xc0000234': 'account locked out',
  '0xc0000072': 'account disabled',
  '0xc000006f': 'logon outside the allowed hours',
  '0xc0000070': 'logon from a computer that is not allowed',
  '0xc0000071': 'password expired',
  '0xc0000193': 'account expired',
  '0xc0000224': 'password must be changed at next logon',
  '0xc0000133': 'clocks of the computers differ too much',
  '0xc000015b': 'this kind of logon is not granted to the user',
  '0xc000005e': 'no logon server available',
  '0xc0000413': 'blocked by the authentication firewall',
  '0xc000018c': 'trust between the domains failed',
  '0xc0000192': 'the Netlogon service is not running',
  '0x0': 'succeeded',
};

const kerberos: Readonly<Record<string, string>> = {
  '0x6': 'user name does not exist',
  '0x12': 'account disabled, expired or locked out',
  '0x17': 'password expired',
  '0x18': 'wrong password',
  '0x25': 'clocks of the computers differ too much',
};

/** "wrong password (0xC000006A)", or undefined when there is no code. */
export function windowsStatusWords(
  code: string | undefined,
  table: 'nt' | 'kerberos' = 'nt',
): string | undefined {
  if (code === undefined) return undefined;
  const words = (table === 'kerberos' ? kerberos : ntStatus)[code.toLowerCase()];
  return words === undefined ? `code ${code}` : `${words} (${code})`;
}

const logonTypes: Readonly<Record<number, string>> = {
  2: 'at the keyboard',
  3: 'over the network (file share, …)',
  4: 'batch job',
  5: 'service',
  7: 'unlocking the screen',
  8: 'over the network, password in clear text',
  9: 'with other credentials (runas /netonly)',
  10: 'Remote Desktop',
  11: 'with cached credentials',
};

export function logonTypeWords(logonType: number): string | undefined {
  return logonTypes[logonType];
}
