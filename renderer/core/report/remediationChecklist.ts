// The remediation checklist: ready-to-copy commands for the common setups, each explained in one
// line. Addresses come from the case and are checked by the caller to be addresses (they are
// pasted into a root shell; a crafted "address" must never become a command).
import { addressScope } from '../net/addressScope';

export type RemediationItem = {
  id: string;
  title: string;
  /** One line: what it does and why. */
  explanation: string;
  /** Where it runs, e.g. "Debian/Ubuntu with ufw". */
  setup: string;
  command: string;
};

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
  allowedUsers: readonly string[],
): RemediationItem[] {
  const addresses = commandSafeAddresses(attackers).slice(0, 50);
  const v4 = addresses.filter((address) => !address.includes(':'));
  const shown = addresses.length > 0 ? addresses : ['203.0.113.7'];
  const users = allowedUsers.filter((user) => /^[a-z_][a-z0-9_.-]{0,31}$/i.test(user));
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
    {
      id: 'sshd-no-passwords',
      title: 'Keys instead of passwords',
      explanation:
        'Password guessing cannot succeed any more; set up a key for every person first, or you lock yourself out.',
      setup: '/etc/ssh/sshd_config, then: sudo systemctl reload ssh',
      command: 'PasswordAuthentication no\nKbdInteractiveAuthentication no',
    },
    {
      id: 'sshd-no-root',
      title: 'No direct root login',
      explanation: 'The most-guessed account can no longer log in; people log in as themselves and use sudo.',
      setup: '/etc/ssh/sshd_config, then: sudo systemctl reload ssh',
      command: 'PermitRootLogin no',
    },
    {
      id: 'sshd-allow-users',
      title: 'Only named people may log in',
      explanation: 'Every other user name is refused outright, whatever the password.',
      setup: '/etc/ssh/sshd_config, then: sudo systemctl reload ssh',
      command: `AllowUsers ${users.length > 0 ? users.join(' ') : 'alice bob'}`,
    },
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
