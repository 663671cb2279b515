// Attacking addresses inside our own network get no email: the machine is ours (or a guest's),
// and the next step is to find it. One note per group (an IPv4 /24 or an IPv6 /64).
import { countText as attemptsText } from '../analysis/attackCounts';
import type { AttackSource } from '../analysis/attackSource';
import { attackAttempts } from '../analysis/attackOrder';
import { utcWindow } from './reportTime';
import { listWithMore, plainText } from './plainText';
import { terminalText } from '../text/terminalText';

export type InternalNote = { fileName: string; addresses: string[]; text: string };

function groupOf(ip: string): string {
  if (!ip.includes(':')) return `${ip.split('.').slice(0, 3).join('.')}.0/24`;
  const [head = ''] = ip.split('::');
  return `${head.split(':').slice(0, 4).join(':')}::/64`;
}

export function internalAddressNotes(sources: readonly AttackSource[]): InternalNote[] {
  const groups = new Map<string, AttackSource[]>();
  for (const source of sources) {
    const key = groupOf(source.ip);
    const members = groups.get(key);
    // Added in place: a copy per address made an IPv6 /64 of 100,000 addresses take minutes.
    if (members) members.push(source);
    else groups.set(key, [source]);
  }
  return [...groups].map(([group, members]) => ({
    fileName: `internal-${group.replace(/[^0-9a-f.]/gi, '_')}.txt`,
    addresses: members.map((source) => source.ip),
    text:
      [
        `Failed logins from inside our own network (${terminalText(group)})`,
        '',
        'These addresses belong to our own network, so there is nobody outside to write to. A machine of ours ' +
          '(or a guest device) tried to log in and failed: find it, ask who uses it, and check it for malware.',
        '',
        ...members.map(
          (source) =>
            `- ${terminalText(source.ip)}: ${attemptsText(attackAttempts(source), 'attempts')} ${utcWindow({ first: source.firstSeen, last: source.lastSeen })}; user names: ${listWithMore(
              source.users.map((entry) => plainText(entry.user)),
              10,
            )}`,
        ),
      ].join('\n') + '\n',
  }));
}
