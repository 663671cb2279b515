// What a worried person asks first: "is this address even real?" A login attempt over TCP (SSH,
// mail, FTP, web, Remote Desktop, databases) needs the server's replies to reach the sender, so it
// cannot come from a forged address; a UDP service (OpenVPN's default) can be sent from any
// address. DECISIONS.md: "cannot be forged" is said only for TCP services with a completed exchange.

/** Services whose login needs a completed TCP exchange. */
const tcpServices: ReadonlySet<string> = new Set([
  'sshd',
  'dropbear',
  'dovecot',
  'exim',
  'postfix',
  'courier',
  'cyrus',
  'uw-imap',
  'cucipop',
  'opensmtpd',
  'sendmail',
  'nginx mail',
  'vsftpd',
  'proftpd',
  'pure-ftpd',
  'ftpd',
  'mysql',
  'mssql',
  'samba',
  'windows',
  'xrdp',
  'cockpit',
  'gitea',
  'proxmox',
  'pfsense',
]);

/** Services over HTTP: TCP too, but a proxy in front writes its own address. */
const webServices: ReadonlySet<string> = new Set(['web', 'nginx', 'apache', 'caddy']);

/** Services that usually run over UDP, where a sender's address proves nothing. */
const udpServices: ReadonlySet<string> = new Set(['openvpn']);

const victimToo = {
  one: 'Its owner is most likely a victim too: attacks like this come from hijacked machines, so write politely.',
  many: 'Their owners are most likely victims too: attacks like this come from hijacked machines, so write politely.',
};

/**
 * One or two sentences on whether the address can be believed, or undefined when the services say
 * nothing either way (a summary log, a ban list). `many`: said once for several addresses whose
 * services say the same (the Source step lists them), instead of once per address.
 */
export function addressTrust(services: readonly string[], { many = false } = {}): string | undefined {
  if (services.some((service) => udpServices.has(service))) {
    return many
      ? 'Part of these attempts came over a service that usually runs over UDP (OpenVPN), where a ' +
          'sender can write any address: these addresses may not be where they came from.'
      : 'Part of these attempts came over a service that usually runs over UDP (OpenVPN), where a ' +
          'sender can write any address: this address may not be where they came from.';
  }
  const tcp = services.filter((service) => tcpServices.has(service));
  const web = services.filter((service) => webServices.has(service));
  if (tcp.length === 0 && web.length === 0) return undefined;
  const victims = many ? victimToo.many : victimToo.one;
  if (tcp.length === 0) {
    return (
      (many
        ? 'These addresses are real, unless a proxy or load balancer in front of the web server wrote its own: '
        : 'This address is real, unless a proxy or load balancer in front of the web server wrote its own: ') +
      'a web login needs the server’s replies to reach the sender, so it cannot come from a forged address. ' +
      victims
    );
  }
  return (
    (many ? 'These addresses are real' : 'This address is real') +
    ': a login attempt needs the server’s replies to reach the sender, so it cannot ' +
    `come from a forged address. ${victims}`
  );
}
