// Generated logs for the "huge input" tests and benchmarks: never committed, always made again.
// Each generator yields lines in time order so a caller can stream them to a file or join a few.
import { gzipSync } from 'fflate';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const start = Date.UTC(2026, 10, 1, 0, 0, 0);

/** A classic syslog stamp ("Nov  1 00:00:01") for `start + seconds`. */
export function syslogStamp(seconds: number): string {
  const date = new Date(start + seconds * 1000);
  const day = String(date.getUTCDate()).padStart(2, ' ');
  const time = date.toISOString().slice(11, 19);
  return `${months[date.getUTCMonth()]} ${day} ${time}`;
}

/** The i-th of up to 16M distinct public IPv4 addresses (20.0.0.1 onwards, never a private range). */
export function publicAddress(index: number): string {
  return `${20 + (index >>> 16)}.${(index >>> 8) & 255}.${index & 255}.7`;
}

/** A backup job that logs in every `everySeconds` from one address: `count` accepted logins. */
export function* backupLogins(count: number, everySeconds = 60): Generator<string> {
  for (let index = 0; index < count; index++) {
    const pid = 1000 + (index % 30000);
    yield `${syslogStamp(index * everySeconds)} srv01 sshd[${pid}]: Accepted publickey for backup from 198.51.100.20 port ${40000 + (index % 20000)} ssh2: ED25519 SHA256:abc`;
  }
}

/** A botnet: `count` distinct public addresses, each failing `perSource` passwords. */
export function* distinctSources(count: number, perSource = 1): Generator<string> {
  for (let index = 0; index < count; index++) {
    const ip = publicAddress(index);
    for (let attempt = 0; attempt < perSource; attempt++) {
      const pid = 2000 + (index % 30000);
      const user = attempt % 2 === 0 ? 'root' : `user${index % 97}`;
      yield `${syslogStamp(index + attempt)} srv01 sshd[${pid}]: Failed password for ${user} from ${ip} port ${30000 + attempt} ssh2`;
    }
  }
}

/** Lines joined as a log file's text. */
export const logText = (lines: Iterable<string>): string => {
  const parts: string[] = [];
  for (const line of lines) parts.push(line);
  return parts.join('\n') + '\n';
};

/**
 * Lines packed as a multi-member .gz (`members` gzip members, as logrotate with delaycompress and
 * `cat a.gz b.gz` leave it) whose last member is cut `cutBytes` before its end: a copy
 * interrupted while it was being made.
 */
export function cutMultiMemberGzip(lines: readonly string[], members: number, cutBytes: number): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const perMember = Math.ceil(lines.length / members);
  for (let at = 0; at < lines.length; at += perMember) {
    parts.push(gzipSync(encoder.encode(lines.slice(at, at + perMember).join('\n') + '\n')));
  }
  let size = 0;
  for (const part of parts) size += part.length;
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.length;
  }
  return whole.subarray(0, size - cutBytes);
}
