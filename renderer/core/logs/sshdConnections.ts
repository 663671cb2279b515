// What sshd's lines mean together, per process id: each pre-authentication connection is one
// sshd child process, so its lines share a pid. This is how
//  - a line without an address ("Disconnecting: Too many authentication failures for root") gets
//    the address the same process logged before;
//  - the pam_unix "authentication failure" line and sshd's "Failed password" line for the SAME
//    attempt count once (old logs have only the pam_unix line: then it counts on its own);
//  - "maximum authentication attempts exceeded" and the "Disconnecting: Too many …" after it are
//    one refusal, and a connection that tried a password is not also called a probe.
import type { AuthEvent } from './authEvent';
import { createSshdReading, readSshdMessage, shape, type SshdReading } from './sshdMessages';
import { createSshdNames } from './sshdNames';

type Connection = {
  pid: number;
  /** The generation it was last used in (see findConnection); -1 while it moves. */
  generation: number;
  ip: string | undefined;
  port: number | undefined;
  /** A pam_unix failure waiting to learn whether sshd's "Failed …" line repeats it. */
  pendingPam: AuthEvent | undefined;
  triedLogin: boolean;
  refusalLogged: boolean;
};

/** Connections remembered per generation; older ones are settled (pids are short-lived). */
const rememberedConnections = 4096;
/** Slots of the cache in front of the connection map (a power of two). */
const cacheSlots = 1024;

export type SshdReader = {
  /** Reads the sshd message text[start, end) of process `pid` (0 = unknown) and emits what it means. */
  read(
    text: string,
    start: number,
    end: number,
    pid: number,
    time: number,
    line: number,
    emit: (event: AuthEvent) => void,
  ): boolean;
  /**
   * Emits what a message already read into `reading` means (the reader of ASCII bytes,
   * asciiSshdLines.ts, reads the common messages itself and hands them on here).
   */
  apply(
    reading: SshdReading,
    pid: number,
    time: number,
    line: number,
    emit: (event: AuthEvent) => void,
  ): void;
  /** Emits what is still waiting (pam_unix failures without a "Failed" line). */
  finish(emit: (event: AuthEvent) => void): void;
};

export function createSshdReader(): SshdReader {
  // Two generations instead of a strict oldest-first order: when the newer one is full, the
  // older one is settled and dropped at once (amortized O(1); a Map's oldest-key lookup is not).
  // One Map holds both; each connection says its generation, each generation lists its members.
  const connections = new Map<number, Connection>();
  let generation = 0;
  let currentMembers: Connection[] = [];
  let previousMembers: Connection[] = [];
  // Settled connections are used again: a connection lives for a few lines, but long enough in
  // the Map to outlive young-generation garbage collection, so new ones would pile up as old garbage.
  const unused: Connection[] = [];
  const reading: SshdReading = createSshdReading();
  const names = createSshdNames();
  // A direct-mapped cache in front of the Map (slot = pid's low bits): a connection writes
  // several lines in a row, and an array slot is cheaper than a Map lookup. It only ever holds
  // connections of the current generation, so it is emptied when a new generation begins.
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
    let connection = connections.get(pid);
    if (connection !== undefined && connection.generation === generation) return connection;
    if (connection !== undefined) {
      connection.generation = -1; // leaves the previous generation: not settled with it
    } else {
      connection = unused.pop() ?? newConnection();
      startConnection(connection, pid);
      connections.set(pid, connection);
    }
    if (currentMembers.length >= rememberedConnections) {
      settle(previousMembers, generation - 1, emit);
      previousMembers = currentMembers;
      currentMembers = [];
      generation += 1;
      cachedPids.fill(-1);
    }
    connection.generation = generation;
    currentMembers.push(connection);
    return connection;
  }

  function settle(members: Connection[], ofGeneration: number, emit: (event: AuthEvent) => void): void {
    for (const connection of members) {
      if (connection.generation !== ofGeneration) continue; // moved on to the newer generation
      if (connection.pendingPam) emit(connection.pendingPam);
      connections.delete(connection.pid);
      connection.pendingPam = undefined;
      unused.push(connection);
    }
    members.length = 0;
  }

  function apply(
    reading: SshdReading,
    pid: number,
    time: number,
    line: number,
    emit: (event: AuthEvent) => void,
  ): void {
    const event = eventOf(reading, names.ip(reading, pid), names.user(reading, pid), time, line);
    if (pid === 0) {
      emit(event);
      return;
    }
    event.pid = pid;
    const connection = connectionOf(pid, emit);
    if (event.ip === undefined) {
      event.ip = connection.ip;
      if (event.port === undefined) event.port = connection.port;
    } else if (event.ip !== connection.ip) {
      connection.ip = event.ip;
      connection.port = event.port;
    } else {
      // The same text, but the connection's copy, once the tally has used it as a Map key,
      // carries its hash: every later lookup of this address is cheaper with it.
      event.ip = connection.ip;
    }
    switch (reading.shape) {
      case shape.pamFailure:
        // A second pam_unix failure before any "Failed" line: the first one stood alone.
        if (connection.pendingPam) emit(connection.pendingPam);
        connection.pendingPam = event;
        connection.triedLogin = true;
        return;
      case shape.failed:
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
  }

  return {
    read(text, start, end, pid, time, line, emit) {
      if (!readSshdMessage(text, start, end, reading)) return false;
      apply(reading, pid, time, line, emit);
      return true;
    },
    apply,
    finish(emit) {
      settle(previousMembers, generation - 1, emit);
      settle(currentMembers, generation, emit);
    },
  };
}

function newConnection(): Connection {
  return {
    pid: 0,
    generation: -1,
    ip: undefined,
    port: undefined,
    pendingPam: undefined,
    triedLogin: false,
    refusalLogged: false,
  };
}

function startConnection(connection: Connection, pid: number): void {
  connection.pid = pid;
  connection.generation = -1;
  connection.ip = undefined;
  connection.port = undefined;
  connection.pendingPam = undefined;
  connection.triedLogin = false;
  connection.refusalLogged = false;
}

function eventOf(
  reading: SshdReading,
  ip: string | undefined,
  user: string | undefined,
  time: number,
  line: number,
): AuthEvent {
  // Every event has the same keys in the same order, so V8 keeps one object shape for all.
  return {
    time,
    service: 'sshd',
    kind: reading.kind,
    ip,
    port: reading.port,
    user,
    method: reading.method,
    count: reading.count,
    line,
    pid: undefined,
  };
}
