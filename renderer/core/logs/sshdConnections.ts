// What sshd's lines mean together, per process id: each pre-authentication connection is one
// sshd child process, so its lines share a pid. This is how
//  - a line without an address ("Disconnecting: Too many authentication failures for root") gets
//    the address the same process logged before;
//  - the pam_unix "authentication failure" line and sshd's "Failed password" line for the SAME
//    attempt count once (old logs have only the pam_unix line: then it counts on its own);
//  - "maximum authentication attempts exceeded" and the "Disconnecting: Too many …" after it are
//    one refusal, and a connection that tried a password is not also called a probe.
import type { AuthEvent } from './authEvent';
import { detachText } from '../text/detachText';
import { readSshdMessage, shape, type SshdReading } from './sshdMessages';

type Connection = {
  ip: string | undefined;
  port: number | undefined;
  /** A pam_unix failure waiting to learn whether sshd's "Failed …" line repeats it. */
  pendingPam: AuthEvent | undefined;
  triedLogin: boolean;
  refusalLogged: boolean;
};

/** Connections remembered per generation; older ones are settled (pids are short-lived). */
const rememberedConnections = 4096;
/** Waiting pam_unix events kept without copying their strings (see the pamFailure case). */
const pinnedPendingLimit = 256;
/** Slots of the cache in front of the connection map (a power of two). */
const cacheSlots = 1024;

export type SshdConnections = {
  /** Reads one sshd message of process `pid` (0 = unknown) and emits what it stands for. */
  read(
    text: string,
    start: number,
    pid: number,
    time: number,
    line: number,
    emit: (event: AuthEvent) => void,
  ): boolean;
  /** Emits what is still waiting (pam_unix failures without a "Failed" line). */
  finish(emit: (event: AuthEvent) => void): void;
};

export function createSshdConnections(): SshdConnections {
  // Two generations instead of a strict oldest-first order: when the newer one is full, the
  // older one is settled and dropped at once (amortized O(1); a Map's oldest-key lookup is not).
  let current = new Map<number, Connection>();
  let previous = new Map<number, Connection>();
  const reading: SshdReading = { shape: shape.plain };
  let pending = 0; // connections with a pam_unix failure waiting
  // A direct-mapped cache in front of `current` (slot = pid's low bits): a connection writes
  // several lines in a row, and an array slot is cheaper than a Map lookup. It only ever holds
  // connections that are in `current`, so it is emptied when `current` becomes `previous`.
  const cachedPids = new Float64Array(cacheSlots).fill(-1); // exact for any pid a line can write
  const cachedConnections: (Connection | undefined)[] = new Array<Connection | undefined>(cacheSlots);

  function connectionOf(pid: number, emit: (event: AuthEvent) => void): Connection {
    const slot = pid & (cacheSlots - 1);
    if (cachedPids[slot] === pid) return cachedConnections[slot]!;
    const connection = findConnection(pid, emit);
    cachedPids[slot] = pid;
    cachedConnections[slot] = connection;
    return connection;
  }

  function findConnection(pid: number, emit: (event: AuthEvent) => void): Connection {
    let connection = current.get(pid);
    if (connection !== undefined) return connection;
    connection = previous.get(pid);
    if (connection !== undefined) {
      previous.delete(pid);
    } else {
      connection = {
        ip: undefined,
        port: undefined,
        pendingPam: undefined,
        triedLogin: false,
        refusalLogged: false,
      };
    }
    if (current.size >= rememberedConnections) {
      settle(previous, emit);
      previous = current;
      current = new Map();
      cachedPids.fill(-1);
    }
    current.set(pid, connection);
    return connection;
  }

  function settle(connections: Map<number, Connection>, emit: (event: AuthEvent) => void): void {
    for (const connection of connections.values()) {
      if (connection.pendingPam) {
        emit(connection.pendingPam);
        pending -= 1;
      }
    }
    connections.clear();
  }

  return {
    read(text, start, pid, time, line, emit) {
      const event = readSshdMessage(text, start, time, line, reading);
      if (!event) return false;
      if (pid === 0) {
        emit(event);
        return true;
      }
      event.pid = pid;
      const connection = connectionOf(pid, emit);
      if (event.ip === undefined) {
        event.ip = connection.ip;
        if (event.port === undefined) event.port = connection.port;
      } else if (event.ip !== connection.ip) {
        connection.ip = detachText(event.ip);
        connection.port = event.port;
        event.ip = connection.ip;
      } else {
        // The same text, but the connection's copy pins no chunk and, once the tally has used it
        // as a Map key, carries its hash: every later lookup of this address is cheaper with it.
        event.ip = connection.ip;
      }
      switch (reading.shape) {
        case shape.pamFailure:
          // A second pam_unix failure before any "Failed" line: the first one stood alone.
          if (connection.pendingPam) emit(connection.pendingPam);
          else pending += 1;
          // A waiting event pins the chunk its strings were cut from. In a modern log the "Failed"
          // line follows at once, so only a log with many unanswered pam_unix lines (an old one)
          // pays for copies.
          connection.pendingPam = pending > pinnedPendingLimit ? detachEvent(event) : event;
          connection.triedLogin = true;
          return true;
        case shape.failed:
          if (connection.pendingPam) pending -= 1;
          connection.pendingPam = undefined; // the same attempt, now counted by this line
          connection.triedLogin = true;
          break;
        case shape.maxTries:
          connection.refusalLogged = true;
          break;
        case shape.tooMany:
          if (connection.refusalLogged) event.kind = 'other';
          connection.refusalLogged = true;
          break;
        case shape.endedBeforeLogin:
          if (connection.triedLogin) event.kind = 'other';
          break;
        default:
          if (event.kind === 'invalid-user' || event.kind === 'success') connection.triedLogin = true;
          break;
      }
      emit(event);
      return true;
    },
    finish(emit) {
      settle(previous, emit);
      settle(current, emit);
    },
  };
}

/** A waiting event outlives the chunk its strings were cut from. */
function detachEvent(event: AuthEvent): AuthEvent {
  return {
    ...event,
    ip: event.ip === undefined ? undefined : detachText(event.ip),
    user: event.user === undefined ? undefined : detachText(event.user),
  };
}
