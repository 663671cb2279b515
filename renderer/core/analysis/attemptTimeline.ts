// Attempts per minute, counted while a file streams past, so the Confirm step can chart the attack
// at any zoom (minute, hour, day) without keeping a row per log line. Stored once per evidence file.
import type { AuthEvent, EventKind } from '../logs/authEvent';
import { largest, smallest } from '../math/extremes';

export type AttemptTimeline = {
  /** Minute start times (UTC ms), ascending; only minutes with something in them. */
  minutes: number[];
  /** Failed attempts per minute as the events say (same index as `minutes`), with or without an address. */
  failures: number[];
  /**
   * Login attempts per minute, counted as the count model counts them (attackCounts.ts): a guess
   * of a missing user name and the password then tried for it are one attempt, a refusal is one
   * only when it was all its connection got, and only attempts from a source count. Their sum is
   * the case's attempts. Absent in timelines stored before it was counted (see attemptsPerMinute).
   */
  attempts?: number[];
  /** Connections without a password try (scanners, probes) per minute. */
  probes: number[];
  successes: number[];
  /** UTC ms of the file's first and last line (or event, when lines carry no readable stamp). */
  logStart: number;
  logEnd: number;
  /**
   * Set when the file was a damaged copy read only up to its damage, on the person's choice: its
   * last readable line (then logEnd is that line's time). After it the file says nothing: a gap
   * in the evidence, not a quiet time (see cutOffVerdict.ts).
   */
  cutOff?: DamageCut;
};

/** Where a damaged copy of `file` stops being readable: its last whole line and that line's time. */
export type DamageCut = { file: string; line: number; time: number };

export type TimelineZoom = 'minute' | 'hour' | 'day';

const minuteMs = 60_000;
export const zoomMs: Record<TimelineZoom, number> = {
  minute: minuteMs,
  hour: 60 * minuteMs,
  day: 1_440 * minuteMs,
};

type Bucket = { failures: number; attempts: number; probes: number; successes: number };

export type TimelineCounter = {
  add(event: AuthEvent): void;
  /** add() for an event given by its kind, time and count. */
  addAt(kind: EventKind, time: number, count: number): void;
  /**
   * Login attempts from a source at `time`, as the tally counts them: `count` may be 0 or less
   * than the event's count when the event completes an attempt already counted (see attackTally.ts).
   */
  attemptAt(time: number, count: number): void;
  /** The counts so far; `logStart`/`logEnd` are NaN until the caller sets them from the lines. */
  timeline(): AttemptTimeline;
};

export function createTimelineCounter(): TimelineCounter {
  const buckets = new Map<number, Bucket>();
  let firstEvent = Infinity;
  let lastEvent = -Infinity;
  // Events come in time order, so most land in the minute of the one before: no Map lookup then.
  // The tally asks twice for most events (what the event says, then the attempt it makes): a
  // range check then, not a division.
  let lastMinute = NaN;
  let lastMinuteEnd = NaN;
  let lastBucket: Bucket = { failures: 0, attempts: 0, probes: 0, successes: 0 };
  function bucketAt(time: number): Bucket {
    if (time >= lastMinute && time < lastMinuteEnd) return lastBucket;
    const minute = Math.floor(time / minuteMs) * minuteMs;
    let bucket = buckets.get(minute);
    if (bucket === undefined) {
      bucket = { failures: 0, attempts: 0, probes: 0, successes: 0 };
      buckets.set(minute, bucket);
    }
    lastMinute = minute;
    lastMinuteEnd = minute + minuteMs;
    lastBucket = bucket;
    return bucket;
  }
  function addAt(kind: EventKind, time: number, count: number): void {
    if (!Number.isFinite(time)) return;
    if (time < firstEvent) firstEvent = time;
    if (time > lastEvent) lastEvent = time;
    const field =
      kind === 'auth-failure'
        ? 'failures'
        : kind === 'probe'
          ? 'probes'
          : kind === 'success'
            ? 'successes'
            : undefined;
    if (field === undefined) return;
    bucketAt(time)[field] += count;
  }
  return {
    add: (event) => addAt(event.kind, event.time, event.count),
    addAt,
    attemptAt(time, count) {
      if (!Number.isFinite(time) || count <= 0) return;
      bucketAt(time).attempts += count;
    },
    timeline() {
      const minutes = [...buckets.keys()].sort((a, b) => a - b);
      return {
        minutes,
        failures: minutes.map((minute) => buckets.get(minute)?.failures ?? 0),
        attempts: minutes.map((minute) => buckets.get(minute)?.attempts ?? 0),
        probes: minutes.map((minute) => buckets.get(minute)?.probes ?? 0),
        successes: minutes.map((minute) => buckets.get(minute)?.successes ?? 0),
        logStart: firstEvent === Infinity ? NaN : firstEvent,
        logEnd: lastEvent === -Infinity ? NaN : lastEvent,
      };
    },
  };
}

export type TimelineBar = {
  start: number;
  /** Login attempts in the bar (see AttemptTimeline.attempts). */
  attempts: number;
  failures: number;
  probes: number;
  successes: number;
};

/**
 * Login attempts per minute (same index as `minutes`). A timeline stored before attempts were
 * counted has only its failed attempts: the older, coarser reading, until the case is recounted.
 */
export function attemptsPerMinute(timeline: AttemptTimeline): readonly number[] {
  return timeline.attempts ?? timeline.failures;
}

/** All login attempts of the timelines: the sum of their bars. */
export function timelineAttempts(timelines: readonly AttemptTimeline[]): number {
  let total = 0;
  for (const timeline of timelines) for (const count of attemptsPerMinute(timeline)) total += count;
  return total;
}

/** Several files' timelines as bars of the zoom's width, ascending, empty bars left out. */
export function timelineBars(timelines: readonly AttemptTimeline[], zoom: TimelineZoom): TimelineBar[] {
  const width = zoomMs[zoom];
  const bars = new Map<number, TimelineBar>();
  for (const timeline of timelines) {
    const attempts = attemptsPerMinute(timeline);
    timeline.minutes.forEach((minute, index) => {
      const start = Math.floor(minute / width) * width;
      let bar = bars.get(start);
      if (bar === undefined) {
        bar = { start, attempts: 0, failures: 0, probes: 0, successes: 0 };
        bars.set(start, bar);
      }
      bar.attempts += attempts[index] ?? 0;
      bar.failures += timeline.failures[index] ?? 0;
      bar.probes += timeline.probes[index] ?? 0;
      bar.successes += timeline.successes[index] ?? 0;
    });
  }
  return [...bars.values()].sort((a, b) => a.start - b.start);
}

/** The zoom that shows the whole attack in a readable number of bars. */
export function fittingZoom(timelines: readonly AttemptTimeline[]): TimelineZoom {
  let earliest = Infinity;
  let latest = -Infinity;
  for (const timeline of timelines) {
    for (const minute of timeline.minutes) {
      if (minute < earliest) earliest = minute;
      if (minute > latest) latest = minute;
    }
  }
  if (earliest > latest) return 'hour';
  const span = latest - earliest;
  if (span <= 3 * zoomMs.hour) return 'minute';
  if (span <= 7 * zoomMs.day) return 'hour';
  return 'day';
}

/** The time the evidence covers: earliest start and latest end over all files. */
export function evidenceCoverage(timelines: readonly AttemptTimeline[]): { start: number; end: number } {
  const starts = timelines.map((timeline) => timeline.logStart).filter(Number.isFinite);
  const ends = timelines.map((timeline) => timeline.logEnd).filter(Number.isFinite);
  return {
    start: starts.length > 0 ? smallest(starts) : NaN,
    end: ends.length > 0 ? largest(ends) : NaN,
  };
}

/**
 * Whether the evidence begins while an attack is already going on: then a break-in before the
 * first line would not be in it, and "no one got in" cannot be said.
 */
export function startsMidAttack(
  timelines: readonly AttemptTimeline[],
  thresholds: { midAttackMinFailures: number; midAttackMinutes: number },
): boolean {
  const { start } = evidenceCoverage(timelines);
  if (!Number.isFinite(start)) return false;
  const until = start + thresholds.midAttackMinutes * minuteMs;
  let failures = 0;
  for (const timeline of timelines) {
    const attempts = attemptsPerMinute(timeline);
    timeline.minutes.forEach((minute, index) => {
      if (minute + minuteMs > start && minute < until) failures += attempts[index] ?? 0;
    });
  }
  return failures >= thresholds.midAttackMinFailures && failures > 0;
}
