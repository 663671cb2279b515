// Asking one RDAP server about one address: redirects (only to servers the bootstrap lists), rate
// limits (wait as asked, once, and say so), 404, timeouts and malformed answers, each turned into
// a sentence. The HTTP itself is injected: Node's fetch in main, the page's fetch in the browser
// host, so both behave the same.
import { WebUrl } from './webUrl';
import type { Registry } from './ownerRecord';
import { readRdapText } from './rdapRecord';
import { registryOfUrl } from './registry';
import type { OwnerRecord } from './ownerRecord';
import { ownershipProblem } from './networkContains';

export type RdapHttpResponse = {
  status: number;
  /** The Location header of a redirect; null when the transport followed redirects itself. */
  location: string | null;
  retryAfter: string | null;
  /** The URL that answered (after redirects the transport followed itself). */
  url: string;
  text(): Promise<string>;
};

/** GET with Accept: application/rdap+json; rejects with a TimeoutError after `timeoutMs`. */
export type RdapHttp = (url: string, timeoutMs: number) => Promise<RdapHttpResponse>;

export type RdapQueryOptions = {
  http: RdapHttp;
  isAllowedServer: (url: string) => boolean;
  wait: (milliseconds: number) => Promise<void>;
  timeoutMs: number;
  /** Longer rate-limit waits are not waited out: the person is told to try again later. */
  maxRateLimitWaitMs: number;
};

export type RdapQueryResult =
  | { ok: true; record: OwnerRecord; server: string; notes: string[] }
  | { ok: false; problem: string; server: string; notes: string[] };

const maxRedirects = 3;

/** What the person can do when RDAP gave no usable answer. */
const pasteInstead = "paste the WHOIS answer from the registry's web page instead";
const maxAnswerCharacters = 2_000_000;

/** Retry-After is seconds or an HTTP date; anything else means "a few seconds". */
export function retryAfterSeconds(value: string | null, now = Date.now()): number {
  if (value && /^\d+$/.test(value.trim())) return Number(value.trim());
  const date = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? 5 : Math.max(0, Math.ceil((date - now) / 1000));
}

const hostOf = (url: string): string => {
  try {
    return new WebUrl(url).host;
  } catch {
    return url;
  }
};

export const registryLabel = (registry: Registry | null, url: string): string => registry ?? hostOf(url);

function transportProblem(error: unknown, timeoutMs: number, url: string): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return `${hostOf(url)} did not answer within ${Math.round(timeoutMs / 1000)} seconds; try again later`;
  }
  return `could not reach ${hostOf(url)} (${error instanceof Error ? error.message : String(error)}); check the internet connection`;
}

export async function queryRdap(
  baseUrl: string,
  ip: string,
  options: RdapQueryOptions,
): Promise<RdapQueryResult> {
  const notes: string[] = [];
  let url = new WebUrl(`ip/${encodeURIComponent(ip)}`, baseUrl).toString();
  let redirects = 0;
  let rateLimited = false;
  const fail = (problem: string): RdapQueryResult => ({ ok: false, problem, server: url, notes });
  if (!options.isAllowedServer(url))
    return fail(`${hostOf(url)} is not an RDAP server this app knows; nothing was sent: ${pasteInstead}`);
  for (;;) {
    let response: RdapHttpResponse;
    try {
      response = await options.http(url, options.timeoutMs);
    } catch (error) {
      return fail(transportProblem(error, options.timeoutMs, url));
    }
    if (response.url && response.url !== url) {
      // The page's fetch follows redirects itself: check where it ended up instead.
      url = response.url;
      if (!options.isAllowedServer(url))
        return fail(
          `the answer came from ${hostOf(url)}, which is not an RDAP server this app knows: ${pasteInstead}`,
        );
      notes.push(`the question was passed on to ${registryLabel(registryOfUrl(url), url)}`);
    }
    const who = registryLabel(registryOfUrl(url), url);
    if (response.status >= 300 && response.status < 400 && response.location) {
      const next = new WebUrl(response.location, url).toString();
      if (!options.isAllowedServer(next) || ++redirects > maxRedirects) {
        return fail(
          `${who} sent the request on to ${hostOf(next)}, which is not an RDAP server this app knows; stopped there: ${pasteInstead}`,
        );
      }
      notes.push(`${who} passed the question on to ${registryLabel(registryOfUrl(next), next)}`);
      url = next;
      continue;
    }
    if (response.status === 429) {
      const seconds = retryAfterSeconds(response.retryAfter);
      if (rateLimited || seconds * 1000 > options.maxRateLimitWaitMs) {
        return fail(
          `${who} is limiting how often it answers (rate limit); try again in ${Math.max(seconds, 1)} seconds or later`,
        );
      }
      rateLimited = true;
      notes.push(`${who} asked to slow down (rate limit): waited ${seconds} seconds and asked again`);
      await options.wait(seconds * 1000);
      continue;
    }
    if (response.status === 404)
      return fail(`${who} has no record for ${ip} (404 not found); ${pasteInstead}`);
    if (response.status < 200 || response.status >= 300)
      return fail(
        `${who} answered with an error (HTTP ${response.status}); try again later, or ${pasteInstead}`,
      );
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      return fail(transportProblem(error, options.timeoutMs, url));
    }
    // Real answers are a few kilobytes; anything this big is not one worth parsing.
    if (body.length > maxAnswerCharacters)
      return fail(`${who} sent an answer too large to be an RDAP record; ${pasteInstead}`);
    const reading = readRdapText(body, registryOfUrl(url));
    if (!reading.ok) return fail(`${who}: ${reading.problem}; try again later, or ${pasteInstead}`);
    // A server that answers about another network (a wrong redirect, a stale delegation, a
    // broken mirror) must not name this address's owner.
    const whatToTry = `look up again later, or paste the WHOIS answer for ${ip} from the registry's web page`;
    const foreign = ownershipProblem(
      reading.record.network,
      ip,
      `the answer from ${registryLabel(reading.record.registry, url)}`,
      whatToTry,
    );
    return foreign ? fail(foreign) : { ok: true, record: reading.record, server: url, notes };
  }
}
