// What to do, in order, when someone may have got in. Plain steps for a non-specialist; each can
// be ticked off, and ticking it is journaled.
export type ContainmentStep = { id: string; title: string; detail: string };

export const containmentSteps: readonly ContainmentStep[] = [
  {
    id: 'do-not-wipe',
    title: 'Do not wipe or reinstall the server yet',
    detail:
      'Wiping destroys what shows what the intruder did. Leave it as it is until the evidence is saved.',
  },
  {
    id: 'isolate',
    title: 'Disconnect the server from the network, or block the address',
    detail:
      'Unplug its network cable or turn off its network in the hosting panel. If it must stay online, block the attacking address in the firewall now.',
  },
  {
    id: 'keep-logs',
    title: 'Keep copies of the logs',
    detail:
      'Copy /var/log (auth.log, secure, syslog and the rotated .1 and .gz files) to a USB stick or another computer. This case already keeps the files you imported.',
  },
  {
    id: 'change-passwords',
    title: 'Change the passwords of the affected accounts — from a clean machine',
    detail:
      'Start with the account that was logged into, then any account that shares its password, including email and other servers. Do it from a computer you trust, not from the server.',
  },
  {
    id: 'look-for-changes',
    title: 'Look for new accounts, SSH keys and scheduled jobs',
    detail:
      'Check /etc/passwd for new users, ~/.ssh/authorized_keys of every account for keys you do not know, and crontab -l plus /etc/cron.* for jobs you did not create.',
  },
  {
    id: 'tell-management',
    title: 'Tell management now',
    detail:
      'A break-in may have to be reported (data protection, customers, insurance). Management decides that, so they need to know today.',
  },
  {
    id: 'get-help',
    title: 'Consider professional help',
    detail:
      'An incident response company (or your insurer’s hotline) can tell what was taken and make sure the intruder is gone. Say what you found; this case file helps them.',
  },
];
