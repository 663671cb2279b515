// What sshd's lines mean together, per process id: each pre-authentication connection is one
// sshd child process, so its lines share a pid. This is how
//  - a line without an address ("Disconnecting: Too many authentication failures for root") gets
//    the address the same process logged before;
//  - the pam_unix "authentication failure" line and sshd's "Failed password" line for the SAME
//    attempt count once (old logs have only the pam_unix line: then it counts on its own);
//  - "maximum authentication attempts exceeded" and the "Disconnecting: Too many …" after it are
//    one refusal, and a connection that tried a password is not also called a probe;
//  - the line that ends a connection while a user was authenticating ("Connection closed by
//    authenticating user root …") is that attempt when the connection logged no other;
//  - a failure whose line names no address ("User root not allowed because account is locked")
//    waits for a LATER line of the process to name it ("Received disconnect from A …");
//  - a host name (UseDNS: pam_unix's rhost=) is the source only while the connection has given no
//    address; once it has, the address is the source and the name is kept beside it.
import type { AuthEvent, EventKind } from './authEvent';
import { readSshdMessage } from './sshdMessages';
import { createSshdReading, shape, type SshdReading } from './sshdReading';
import type { EventCounter, NumberedEvent } from './logFormat';
import { createSshdNames, noName, notASource } from './sshdNames';
import { createNameBook } from './nameBook';

type Connection = {
  pid: number;
  /** The generation it was last used in (see findConnection); -1 while it moves. */
  generation: number;
  ip: number;
  port: number | undefined;
  triedLogin: boolean;
  refusalLogged: boolean;
  /** A pam_unix failure waiting to learn whether sshd's "Failed …" line repeats it. */
  pending: boolean;
  pendingKind: EventKind;
  pendingIp: number;
  pendingPort: number | undefined;
  pendingUser: number;
  pendingMethod: string | undefined;
  pendingCount: number;
  pendingTime: number;
  pendingLine: number;
  /** Failures whose lines named no address, waiting for a later line of the process to name one. */
  held: HeldEvent[];
  /** A host name the connection was given (noName for none): kept beside its address. */
  hostName: number;
};

/** A failure held back until its connection's address is known (rare: a few per odd log). */
type HeldEvent = {
  kind: EventKind;
  user: number;
  method: string | undefined;
  count: number;
  time: number;
  line: number;
};

/** How many failures one connection may hold back before they go on without an address. */
const heldLimit = 16;

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
   * asciiSshdLines.ts, reads the common messages itself and hands them on here); false when the
   * line cannot be read after all (its address is no source).
   */
  apply(
    reading: SshdReading,
    pid: number,
    time: number,
    line: number,
    emit: (event: AuthEvent) => void,
  ): boolean;
  /** Lines read that could not be read after all: what stands where the address belongs is none. */
  unreadable(): number;
  /** Emits what is still waiting (pam_unix failures without a "Failed" line). */
  finish(emit: (event: AuthEvent) => void): void;
};

/**
 * `counter`: where events go as numbers; without one (or for the events it declines) they go to
 * the `emit` of the call as AuthEvents.
 */
export function createSshdReader(counter?: EventCounter): SshdReader {
  const books = counter?.books ?? { addresses: createNameBook(), users: createNameBook() };
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
  // Connections whose PAM failure waits for its "Failed" line: a login (of any connection) sends
  // them first, so a login that follows PAM-only failures (old logs) is judged after them.
  let waiting: Connection[] = [];
  let waitingSweepAt = rememberedConnections * 2;
  // Lines whose address is no source at all: they cannot be read (see notASource).
  let unreadable = 0;
  const reading: SshdReading = createSshdReading();
  const names = createSshdNames(books);
  // A direct-mapped cache in front of the Map (slot = pid's low bits): a connection writes
  // several lines in a row, and an array slot is cheaper than a Map lookup. It only ever holds
  // connections of the current generation, so it is emptied when a new generation begins.
  const cachedPids = new Float64Array(cacheSlots).fill(-1); // exact for any pid a line can write
  const cachedConnections: (Connection | undefined)[] = new Array<Connection | undefined>(cacheSlots);
  const event: NumberedEvent = {
    kind: 'other',
    service: 'sshd',
    ip: noName,
    port: undefined,
    user: noName,
    method: undefined,
    count: 1,
    time: 0,
    line: 0,
    pid: 0,
    hostName: noName,
  };
  // The emit of the call being served: events the counter declines go there.
  let emit: (event: AuthEvent) => void = () => {};

  function send(): void {
    if (counter !== undefined && counter.count(event)) return;
    // Every event has the same keys in the same order, so V8 keeps one object shape for all.
    emit({
      time: event.time,
      service: 'sshd',
      kind: event.kind,
      ip: event.ip === noName ? undefined : books.addresses.nameOf(event.ip),
      port: event.port,
      user: event.user === noName ? undefined : books.users.nameOf(event.user),
      method: event.method,
      count: event.count,
      line: event.line,
      pid: event.pid === 0 ? undefined : event.pid,
      hostName: event.hostName === noName ? undefined : books.addresses.nameOf(event.hostName),
    });
  }

  /** The connection's held failures, now with its address (or without one, when it ends). */
  function sendHeld(connection: Connection): void {
    for (const held of connection.held) {
      event.kind = held.kind;
      event.ip = connection.ip;
      event.port = connection.port;
      event.user = held.user;
      event.method = held.method;
      event.count = held.count;
      event.time = held.time;
      event.line = held.line;
      event.pid = connection.pid;
      event.hostName = connection.hostName === connection.ip ? noName : connection.hostName;
      send();
    }
    connection.held.length = 0;
  }

  function sendPending(connection: Connection): void {
    connection.pending = false;
    event.kind = connection.pendingKind;
    event.ip = connection.pendingIp;
    event.port = connection.pendingPort;
    event.user = connection.pendingUser;
    event.method = connection.pendingMethod;
    event.count = connection.pendingCount;
    event.time = connection.pendingTime;
    event.line = connection.pendingLine;
    event.pid = connection.pid;
    event.hostName = noName;
    send();
  }

  function connectionOf(pid: number): Connection {
    const slot = pid & (cacheSlots - 1);
    if (cachedPids[slot] === pid) return cachedConnections[slot]!;
    const connection = findConnection(pid);
    cachedPids[slot] = pid;
    cachedConnections[slot] = connection;
    return connection;
  }

  function findConnection(pid: number): Connection {
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
      settle(previousMembers, generation - 1);
      previousMembers = currentMembers;
      currentMembers = [];
      generation += 1;
      cachedPids.fill(-1);
    }
    connection.generation = generation;
    currentMembers.push(connection);
    return connection;
  }

  function settle(members: Connection[], ofGeneration: number): void {
    for (const connection of members) {
      if (connection.generation !== ofGeneration) continue; // moved on to the newer generation
      if (connection.held.length > 0) sendHeld(connection);
      if (connection.pending) sendPending(connection);
      connections.delete(connection.pid);
      unused.push(connection);
    }
    members.length = 0;
  }

  function remember(connection: Connection): void {
    waiting.push(connection);
    // Most wait a line or two: drop the settled ones now and then, so the list stays short. The
    // next sweep waits until the list has doubled again: an old log of PAM lines alone keeps
    // thousands waiting, and sweeping them on every line would cost thousands of steps a line.
    if (waiting.length > waitingSweepAt) {
      waiting = waiting.filter((each) => each.pending);
      waitingSweepAt = Math.max(rememberedConnections * 2, waiting.length * 2);
    }
  }

  /** Sends every waiting PAM failure: a login is about to be counted. */
  function sendWaiting(): void {
    for (const connection of waiting) if (connection.pending) sendPending(connection);
    waiting = [];
  }

  /** Emits what the reading means; false when its address is no source (the line is unreadable). */
  function apply(reading: SshdReading, pid: number, time: number, line: number): boolean {
    let ip = names.ip(reading, pid);
    if (ip === notASource) return false;
    if (reading.kind === 'success' && waiting.length > 0) sendWaiting();
    const user = names.user(reading, pid);
    let kind = reading.kind;
    let port = reading.port;
    let hostName = noName;
    if (pid !== 0) {
      const connection = connectionOf(pid);
      if (ip === noName) {
        ip = connection.ip;
        if (port === undefined) port = connection.port;
      } else if (names.isHostName(ip)) {
        // A name (UseDNS) beside the address the connection gave, or its only source so far.
        if (connection.ip !== noName && !names.isHostName(connection.ip)) {
          hostName = ip;
          ip = connection.ip;
          if (port === undefined) port = connection.port;
        } else {
          connection.ip = ip;
          if (port !== undefined) connection.port = port;
        }
        connection.hostName = hostName === noName ? ip : hostName;
      } else if (ip !== connection.ip) {
        connection.ip = ip;
        connection.port = port;
      }
      if (connection.held.length > 0 && ip !== noName) sendHeld(connection);
      if (hostName === noName && connection.hostName !== noName && connection.hostName !== ip) {
        hostName = connection.hostName;
      }
      switch (reading.shape) {
        case shape.pamFailure:
          // A second PAM failure before any "Failed" line: the first one stood alone.
          if (connection.pending) sendPending(connection);
          else remember(connection);
          connection.pending = true;
          connection.pendingKind = kind;
          connection.pendingIp = ip;
          connection.pendingPort = port;
          connection.pendingUser = user;
          connection.pendingMethod = reading.method;
          connection.pendingCount = reading.count;
          connection.pendingTime = time;
          connection.pendingLine = line;
          connection.triedLogin = true;
          return true;
        case shape.failed:
          connection.pending = false; // the same attempt, now counted by this line
          connection.triedLogin = true;
          break;
        case shape.maxTries:
          connection.refusalLogged = true;
          break;
        case shape.tooMany:
          if (connection.refusalLogged) kind = 'other';
          connection.refusalLogged = true;
          break;
        case shape.endedBeforeLogin:
          if (connection.triedLogin) kind = 'other';
          break;
        case shape.endedLogin:
          // The end of an attempt the connection logged already, or the only trace of one.
          if (connection.triedLogin) kind = 'other';
          connection.triedLogin = true;
          break;
        default:
          if (kind === 'invalid-user' || kind === 'success' || kind === 'refused')
            connection.triedLogin = true;
          break;
      }
      if (ip === noName && isFailure(kind) && connection.held.length < heldLimit) {
        connection.held.push({ kind, user, method: reading.method, count: reading.count, time, line });
        return true;
      }
    }
    event.kind = kind;
    event.ip = ip;
    event.port = port;
    event.user = user;
    event.method = reading.method;
    event.count = reading.count;
    event.time = time;
    event.line = line;
    event.pid = pid;
    event.hostName = hostName;
    send();
    return true;
  }

  return {
    read(text, start, end, pid, time, line, emitTo) {
      if (!readSshdMessage(text, start, end, reading)) return false;
      emit = emitTo;
      if (apply(reading, pid, time, line)) return true;
      unreadable += 1;
      return false;
    },
    apply(reading, pid, time, line, emitTo) {
      emit = emitTo;
      if (apply(reading, pid, time, line)) return true;
      unreadable += 1;
      return false;
    },
    unreadable: () => unreadable,
    finish(emitTo) {
      emit = emitTo;
      settle(previousMembers, generation - 1);
      settle(currentMembers, generation);
    },
  };
}

function newConnection(): Connection {
  return {
    pid: 0,
    generation: -1,
    ip: noName,
    port: undefined,
    triedLogin: false,
    refusalLogged: false,
    pending: false,
    pendingKind: 'auth-failure',
    pendingIp: noName,
    pendingPort: undefined,
    pendingUser: noName,
    pendingMethod: undefined,
    pendingCount: 1,
    pendingTime: 0,
    pendingLine: 0,
    held: [],
    hostName: noName,
  };
}

function isFailure(kind: EventKind): boolean {
  return kind === 'auth-failure' || kind === 'invalid-user' || kind === 'refused';
}

function startConnection(connection: Connection, pid: number): void {
  connection.pid = pid;
  connection.generation = -1;
  connection.ip = noName;
  connection.port = undefined;
  connection.triedLogin = false;
  connection.refusalLogged = false;
  connection.pending = false;
  // Setting an array's length is a call into the runtime even when it is 0 already (seen in
  // profiles: 2% of a 3M-line read), and nearly every connection holds nothing.
  if (connection.held.length > 0) connection.held.length = 0;
  connection.hostName = noName;
}
