// The options a manager chooses from, each with its effort and its effect, and the one we
// recommend. Honest about "do nothing": for attempts that all failed it is a real option.

export type ResponseOption = { id: string; action: string; effort: string; effect: string };

export const responseOptions: readonly ResponseOption[] = [
  {
    id: 'report',
    action: "Report the addresses to their owners' abuse desks",
    effort: 'about 15 minutes per email; the drafts are ready',
    effect: 'the owner can stop a compromised machine; it does not protect our server by itself',
  },
  {
    id: 'block',
    action: 'Block the attacking addresses or ranges in the firewall',
    effort: 'minutes',
    effect: 'stops these addresses at once; attackers switch addresses easily',
  },
  {
    id: 'restrict',
    action: 'Allow remote login only from the office network or through a VPN',
    effort: 'an hour to a day, depending on the VPN',
    effect: 'the strongest protection: strangers on the internet cannot even try',
  },
  {
    id: 'keys',
    action: 'Use SSH keys instead of passwords (PasswordAuthentication no)',
    effort: 'about an hour per person who logs in',
    effect: 'password guessing can no longer succeed',
  },
  {
    id: 'no-root',
    action: 'Disable direct root login (PermitRootLogin no)',
    effort: 'minutes',
    effect: 'the most-guessed account can no longer be used to log in',
  },
  {
    id: 'fail2ban',
    action: 'Install fail2ban for SSH',
    effort: 'about 30 minutes',
    effect: 'blocks an address automatically after a few failures; slows guessing to a crawl',
  },
  {
    id: 'integrity',
    action: "Check the server's integrity (accounts, keys, running programs, changed files)",
    effort: 'half a day, or an outside specialist',
    effect: 'tells whether anyone who got in left something behind',
  },
  {
    id: 'police',
    action: 'Involve the police or a lawyer',
    effort: 'a few hours; needs the journal and the evidence',
    effect: 'worth it for a real break-in with damage or stolen data; rarely for failed attempts',
  },
  {
    id: 'nothing',
    action: 'Do nothing',
    effort: 'none',
    effect: 'acceptable while every attempt fails, but the next attacker may guess better',
  },
];

export function optionsText(): string {
  return responseOptions
    .map((option) => `• ${option.action}. Effort: ${option.effort}. Effect: ${option.effect}.`)
    .join('\n');
}

/** What we recommend, by the answer to "did anyone get in?" (Verdict.access). */
export function recommendationText(access: 'suspected' | 'to-check' | 'none-found' | 'unknown'): string {
  if (access === 'suspected') {
    return [
      'Treat the server as compromised until a check shows otherwise: disconnect it from the internet ' +
        '(keep it running, so nothing is lost), change the passwords of every account that logged in, and ' +
        "have the server's integrity checked, by an outside specialist if nobody in-house has done it before.",
      'Then move remote login to keys only and disable root login before the server goes back online. ' +
        'Report the addresses to their abuse desks, and keep this journal: it is the record police, insurer ' +
        'or lawyer will ask for.',
    ].join('\n\n');
  }
  const closeTheDoor =
    'SSH keys instead of passwords and no direct root login (about an hour in total), plus fail2ban to ' +
    'block repeat offenders automatically. If only the office needs remote login, allow it only from the ' +
    'office network or a VPN.';
  const reportThem =
    'Reporting the addresses to their abuse desks costs little and sometimes stops a compromised machine ' +
    'that is attacking others as well.';
  // Never "nobody got in" while the logs cannot show it or logins still wait for an answer.
  const first =
    access === 'unknown'
      ? 'These logs cannot show whether anyone got in (see "Impact: did anyone get in?"), so it stays an open ' +
        'question: collect the missing logs and have the server checked. Meanwhile, close the door the ' +
        `attackers are knocking on: ${closeTheDoor}`
      : access === 'to-check'
        ? 'Some logins still wait for the answer of the people they belong to (see "Impact: did anyone get in?"): ' +
          'ask them first, and treat the server as compromised if one was not ours. Meanwhile, close the door ' +
          `the attackers are knocking on: ${closeTheDoor}`
        : `Nobody got in, so there is no emergency. We recommend closing the door the attackers are knocking on: ${closeTheDoor}`;
  return [first, reportThem].join('\n\n');
}
