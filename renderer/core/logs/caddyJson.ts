// Caddy's JSON access log: one object per line, {"level":"error","ts":1711741827.96,"logger":
// "http.log.access.log0","msg":"handled request","request":{"remote_ip":"127.0.0.1","client_ip":
// "127.0.0.1","method":"GET","uri":"/",…},"user_id":"","status":401,…}. Judged like any access
// log (webLines.ts). client_ip is Caddy's own judgement of the client (the peer, or the address a
// trusted proxy forwarded); remote_ip is the peer. "ts" is seconds since the epoch (or a time
// string with its zone, when time_format is set), so no time question.
import { ownLogFormat } from './ownLogFormat';
import { accessEvent } from './webLines';
import { readRfc3339 } from '../time/rfc3339Timestamp';
import { normalizeAddress } from '../net/addressScope';

type Json = Record<string, unknown>;

export const caddyJsonFormat = ownLogFormat({
  id: 'caddy-json',
  label: 'Caddy access log (JSON)',
  carriesOwnTime: true,
  isOwnLine: (line) =>
    line.startsWith('{') && line.includes('"request"') && /"logger"\s*:\s*"http\.log\.access/.test(line),
  createLineReader: () => (line, lineNumber, emit) => {
    if (!line.startsWith('{') || !line.includes('"request"')) return false;
    const record = parse(line);
    const request = record !== undefined && isObject(record.request) ? record.request : undefined;
    if (record === undefined || request === undefined) return false;
    const ip = text(request.client_ip) ?? text(request.remote_ip);
    const time = timeOf(record.ts);
    if (ip === undefined || Number.isNaN(time) || typeof record.status !== 'number') return false;
    // Caddy logs the request's headers with the Authorization value redacted: its presence says
    // credentials were sent, so a 401 is a rejected password even without a user name.
    const headers = isObject(request.headers) ? request.headers : {};
    const sentCredentials = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
    const event = accessEvent(
      {
        ip: normalizeAddress(ip),
        user: text(record.user_id),
        sentCredentials: sentCredentials || text(record.user_id) !== undefined,
        method: text(request.method) ?? '',
        path: text(request.uri) ?? '',
        status: record.status,
        time,
      },
      time,
      lineNumber,
    );
    if (event) emit(event);
    return event !== undefined;
  },
});

function parse(line: string): Json | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function timeOf(value: unknown): number {
  if (typeof value === 'number') return Math.round(value * 1000);
  if (typeof value === 'string') return readRfc3339(value, 0, value.length);
  return NaN;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
