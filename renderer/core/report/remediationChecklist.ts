// The remediation checklist: ready-to-copy commands for the common setups, each explained in one
// line. Addresses come from the case and are checked by the caller to be addresses (they are
// pasted into a root shell; a crafted "address" must never become a command). A command that can
// lock people out carries its precondition from the evidence: "PasswordAuthentication no" only
// once keys are shown (every login used one) or confirmed; "PermitRootLogin no" warns when root
// logged in; "AllowUsers" names every account that logged in, or is not offered.
import type { Login } from '../analysis/attackSource';
import { isSuspiciousLogin } from '../analysis/loginFlags';
import { addressScope } from '../net/addressScope';

export type RemediationItem = {
  id: string;
  title: string;
  /** One line: what it does and why. */
  explanation: string;
  /** Where it runs, e.g. "Debian/Ubuntu with ufw". */
  setup: string;
  command: string;
  /** What the evidence says to check before running it (someone could be locked out). */
  warning?: string;
  /**
   * Absent: nothing to meet. Not met: the command is not to be run yet; `text` says what is
   * missing and `confirm` what the person confirms to go ahead (ticked as keysConfirmedId).
   */
  precondition?: { met: boolean; text: string; confirm?: string };
};

/** What the logs show about the accounts that log in, and what the person confirmed. */
export type RemediationEvidence = {
  /** Every successful login of the case. */
  logins: readonly Pick<Login, 'user' | 'method' | 'service' | 'ip' | 'flags'>[];
  /** The person confirmed that every account that logs in over SSH has a working key. */
  keysConfirmed: boolean;
};

/** The id under which "every account has a key" is ticked (see tickRemediation). */
export const keysConfirmedId = 'sshd-keys-confirmed';

const noEvidence: RemediationEvidence = { logins: [], keysConfirmed: false };

const userNamePattern = /^[a-z_][a-z0-9_.-]{0,31}$/i;

/** A key or another way that does not ask for the account's password. */
const withoutPassword = (method: string | undefined) =>
  method === 'publickey' || method === 'hostbased' || (method?.startsWith('gssapi') ?? false);

const quotedList = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

/** Only real addresses (and ranges of them) go into a command. */
export function commandSafeAddresses(addresses: readonly string[]): string[] {
  return addresses.filter((entry) => {
    const [address = '', bits, extra] = entry.split('/');
    if (extra !== undefined || addressScope(address) === 'invalid') return false;
    return (
      bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (address.includes(':') ? 128 : 32))
    );
  });
}

export function remediationChecklist(
  attackers: readonly string[],
  evidence: RemediationEvidence = noEvidence,
): RemediationItem[] {
  const addresses = commandSafeAddresses(attackers).slice(0, 50);
  const v4 = addresses.filter((address) => !address.includes(':'));
  const shown = addresses.length > 0 ? addresses : ['203.0.113.7'];
  const sshLogins = evidence.logins.filter((login) => login.service === 'sshd');
  return [
    {
      id: 'block-nftables',
      title: 'Block the attacking addresses (nftables)',
      explanation:
        'Drops every packet from these addresses before sshd sees it; lost at reboot unless saved.',
      setup: 'Debian 10+ and most current Linux',
      command: [
        'sudo nft add table inet incident',
        "sudo nft 'add chain inet incident input { type filter hook input priority -10 ; }'",
        ...(v4.length > 0
          ? [`sudo nft add rule inet incident input ip saddr { ${v4.join(', ')} } drop`]
          : []),
        ...addresses
          .filter((address) => address.includes(':'))
          .map((address) => `sudo nft add rule inet incident input ip6 saddr ${address} drop`),
      ].join('\n'),
    },
    {
      id: 'block-ufw',
      title: 'Block the attacking addresses (ufw)',
      explanation: 'The same block with Ubuntu’s simple firewall; the rules survive a reboot.',
      setup: 'Ubuntu with ufw enabled',
      command: shown.map((address) => `sudo ufw insert 1 deny from ${address}`).join('\n'),
    },
    {
      id: 'block-iptables',
      title: 'Block the attacking addresses (iptables)',
      explanation: 'For older systems without nftables; save with iptables-save to keep the rules.',
      setup: 'Older Linux (CentOS 7, Debian 9)',
      command: shown
        .map(
          (address) =>
            `sudo ${address.includes(':') ? 'ip6tables' : 'iptables'} -I INPUT -s ${address} -j DROP`,
        )
        .join('\n'),
    },
    {
      id: 'block-windows',
      title: 'Block the attacking addresses (Windows Firewall)',
      explanation: 'One inbound block rule for all addresses, in an administrator PowerShell.',
      setup: 'Windows Server',
      command: `New-NetFirewallRule -DisplayName "Incident block" -Direction Inbound -Action Block -RemoteAddress ${shown.map((address) => `"${address}"`).join(',')}`,
    },
    noPasswords(sshLogins, evidence.keysConfirmed),
    noRootLogin(sshLogins),
    ...allowUsers(sshLogins),
    {
      id: 'fail2ban',
      title: 'fail2ban jail for sshd',
      explanation:
        'Blocks an address for an hour after 5 failures in 10 minutes; install with sudo apt install fail2ban.',
      setup: '/etc/fail2ban/jail.local, then: sudo systemctl restart fail2ban',
      command: '[sshd]\nenabled  = true\nmaxretry = 5\nfindtime = 10m\nbantime  = 1h',
    },
  ];
}

type SshLogin = RemediationEvidence['logins'][number];

function noPasswords(logins: readonly SshLogin[], keysConfirmed: boolean): RemediationItem {
  const withPassword = logins.filter((login) => !withoutPassword(login.method));
  const allKeys = logins.length > 0 && withPassword.length === 0;
  const names = [...new Set(withPassword.map((login) => login.user))];
  const missing =
    logins.length === 0
      ? 'No SSH login is in these logs, so nothing shows that keys are in use.'
      : `${withPassword.length === 1 ? '1 login' : `${withPassword.length} logins`} in these logs did not use a key ` +
        `(${quotedList(names.slice(0, 8))}${names.length > 8 ? ' and more' : ''}): with this line ${names.length === 1 ? 'that account' : 'those accounts'} could no longer log in.`;
  return {
    id: 'sshd-no-passwords',
    title: 'Keys instead of passwords',
    explanation: allKeys
      ? `Password guessing cannot succeed any more; every one of the ${logins.length} logins in these logs used a key.`
      : 'Password guessing cannot succeed any more, once every person has a working key.',
    setup: '/etc/ssh/sshd_config, then: sudo systemctl reload ssh',
    command: 'PasswordAuthentication no\nKbdInteractiveAuthentication no',
    precondition: allKeys
      ? { met: true, text: 'Every login in these logs used a key.' }
      : {
          met: keysConfirmed,
          text: keysConfirmed
            ? `You confirmed that every account that logs in has a working key. ${missing}`
            : `Not yet: ${missing} Set up a key for each person, check that it works, then confirm here.`,
          confirm: 'Every account that logs in over SSH has a working key',
        },
  };
}

function noRootLogin(logins: readonly SshLogin[]): RemediationItem {
  const root = logins.filter((login) => login.user === 'root');
  const from = [...new Set(root.map((login) => login.ip ?? 'the console'))];
  return {
    id: 'sshd-no-root',
    title: 'No direct root login',
    explanation: 'The most-guessed account can no longer log in; people log in as themselves and use sudo.',
    setup: '/etc/ssh/sshd_config, then: sudo systemctl reload ssh',
    command: 'PermitRootLogin no',
    ...(root.length > 0
      ? {
          warning:
            `root logged in ${root.length === 1 ? 'once' : `${root.length} times`} in these logs (from ${from.slice(0, 5).join(', ')}` +
            `${from.length > 5 ? ' and more' : ''}): whoever does that needs an account of their own with sudo first, or they are locked out.` +
            (root.some(isSuspiciousLogin)
              ? ' A root login looks like the break-in: change the root password as well.'
              : ''),
        }
      : {}),
  };
}

/** Every account that logged in, or nothing: a list that leaves one out locks that person out. */
function allowUsers(logins: readonly SshLogin[]): RemediationItem[] {
  const users = [...new Set(logins.map((login) => login.user))];
  if (users.length === 0 || !users.every((user) => userNamePattern.test(user))) return [];
  const brokeIn = [...new Set(logins.filter(isSuspiciousLogin).map((login) => login.user))];
  return [
    {
      id: 'sshd-allow-users',
      title: 'Only named people may log in',
      explanation: 'Every other user name is refused outright, whatever the password.',
      setup: '/etc/ssh/sshd_config, then: sudo systemctl reload ssh',
      command: `AllowUsers ${users.join(' ')}`,
      warning:
        `These are all ${users.length === 1 ? 'the account' : `${users.length} accounts`} that logged in in these logs. ` +
        'An account that logs in rarely (backups, monitoring) and is not in them would be locked out: add it.' +
        (brokeIn.length > 0
          ? ` ${quotedList(brokeIn)} logged in like the break-in: keep ${brokeIn.length === 1 ? 'it' : 'them'} only after the password is changed.`
          : ''),
    },
  ];
}
