import type { AttackSource } from '../../core/analysis/attackSource';
import { attackAttempts } from '../../core/analysis/attackOrder';

const insideScopes = new Set(['private', 'unique-local', 'link-local', 'loopback']);

/**
 * Attempts from inside the office network need a different next step: nobody outside can be asked
 * to stop them, and the device doing it is one of yours.
 */
export function PrivateSourcesNote({ sources }: { sources: AttackSource[] }) {
  const inside = sources.filter((source) => insideScopes.has(source.scope) && attackAttempts(source) > 0);
  if (inside.length === 0) return null;
  return (
    <section aria-labelledby="private-title" className="panel private-note">
      <h3 id="private-title">
        {inside.length === 1 ? 'One address is' : `${inside.length} addresses are`} inside your own network
      </h3>
      <p>
        {inside.map((source) => source.ip).join(', ')}{' '}
        {inside.length === 1 ? 'is an address' : 'are addresses'} of your office network (or of the server
        itself). The attempts came from a device of yours: an infected PC, a misconfigured device (a scanner,
        a backup job with an old password), or a person.
      </p>
      <p>
        There is no one outside to report this to. Next step, inside: find the device with this address (your
        router or DHCP server lists which device had it), and ask who uses it. If nobody can explain it,
        disconnect the device from the network and have it checked for malware.
      </p>
    </section>
  );
}
