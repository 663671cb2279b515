// When a refusal is an attempt of its own. sshd refuses in several lines around the attempts it
// also logs: "User root from A not allowed because not listed in AllowUsers" comes before the
// "Failed password for invalid user root" lines of the same connection, and "maximum
// authentication attempts exceeded" after them; neither is another attempt. A refusal is one only
// when its connection logged no attempt at all (tcp-wrappers' "refused connect", an AllowUsers
// refusal the client gave up after): then it is all the attempt left behind. Connections are told
// apart by process id; without one (most other services) a refusal stands alone.

/** Connections remembered at once, by the low bits of their process id (a power of two). */
const slots = 16_384;

const noState = 0;
/** The connection logged an attempt (a password tried, an unknown user): refusals add nothing. */
const attempted = 1;
/** The connection's refusal counted as an attempt, until an attempt of its own shows up. */
const refusedAlone = 2;

export type ConnectionRefusals = {
  /**
   * A refusal by process `pid` (-1: none) for source `ip`: true when it counts as an attempt of
   * its own (so far).
   */
  refusal(pid: number, ip: number): boolean;
  /**
   * An attempt by process `pid` (-1: none): the source whose refusal in that connection no longer
   * counts as an attempt, or -1.
   */
  attempt(pid: number, ip: number): number;
};

export function createConnectionRefusals(): ConnectionRefusals {
  const pids = new Float64Array(slots).fill(-1);
  const states = new Uint8Array(slots);
  const ips = new Int32Array(slots);
  const slotOf = (pid: number, ip: number): number => {
    const slot = pid & (slots - 1);
    if (pids[slot] !== pid || ips[slot] !== ip) {
      pids[slot] = pid;
      ips[slot] = ip;
      states[slot] = noState;
    }
    return slot;
  };
  return {
    refusal(pid, ip) {
      if (pid < 0) return true;
      const slot = slotOf(pid, ip);
      if (states[slot] !== noState) return false;
      states[slot] = refusedAlone;
      return true;
    },
    attempt(pid, ip) {
      if (pid < 0) return -1;
      const slot = slotOf(pid, ip);
      const was = states[slot];
      states[slot] = attempted;
      return was === refusedAlone ? ip : -1;
    },
  };
}
