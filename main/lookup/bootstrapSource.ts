// Where the RDAP bootstrap comes from: the snapshot in assets/, a file or URL given on the command
// line, or a copy refreshed from IANA at most once a month (kept beside the app's data).
import { readFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mergeBootstraps, readBootstrap, type RdapBootstrap } from '../../renderer/core/lookup/rdapBootstrap';

export const bootstrapSnapshotName = 'rdap-bootstrap.json';
const ianaUrls = ['https://data.iana.org/rdap/ipv4.json', 'https://data.iana.org/rdap/ipv6.json'];
const oneMonthMs = 30 * 24 * 60 * 60 * 1000;

function parsed(text: string, origin: string): RdapBootstrap {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${origin} is not valid JSON`);
  }
  const bootstrap = readBootstrap(json);
  if (!bootstrap || bootstrap.services.length === 0)
    throw new Error(`${origin} is not an RDAP bootstrap file`);
  return bootstrap;
}

/** A file path, or an http(s) URL (tests point it at http://127.0.0.1:PORT/bootstrap.json). */
export async function loadBootstrap(fileOrUrl: string): Promise<RdapBootstrap> {
  if (/^https?:\/\//i.test(fileOrUrl)) {
    const response = await fetch(fileOrUrl, { signal: AbortSignal.timeout(15_000) });
    if (!response.ok) throw new Error(`${fileOrUrl} answered HTTP ${response.status}`);
    return parsed(await response.text(), fileOrUrl);
  }
  return parsed(await readFile(fileOrUrl, 'utf8'), fileOrUrl);
}

/** The refreshed copy when there is one, else the shipped snapshot. */
export async function currentBootstrap(
  assetsDir: string,
  refreshedPath: string | null,
): Promise<RdapBootstrap> {
  if (refreshedPath) {
    try {
      return await loadBootstrap(refreshedPath);
    } catch {
      // A damaged refreshed copy must not break lookups: the snapshot still works.
    }
  }
  return loadBootstrap(join(assetsDir, bootstrapSnapshotName));
}

/**
 * Fetches IANA's current files when the refreshed copy is missing or older than a month. Only
 * called when the person has asked for a lookup (never on its own) and offline mode is off.
 */
export async function refreshBootstrapIfStale(refreshedPath: string, now = Date.now()): Promise<boolean> {
  const age = await stat(refreshedPath).then(
    (info) => now - info.mtimeMs,
    () => Infinity,
  );
  if (age < oneMonthMs) return false;
  const parts = await Promise.all(
    ianaUrls.map(async (url) => {
      const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
      if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
      return parsed(await response.text(), url);
    }),
  );
  const merged = mergeBootstraps(parts);
  await mkdir(dirname(refreshedPath), { recursive: true });
  await writeFile(
    refreshedPath,
    JSON.stringify({
      publication: merged.publication,
      services: merged.services.map((s) => [s.prefixes, s.urls]),
    }),
  );
  return true;
}
