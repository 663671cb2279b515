// Arguments of `lookup`: ADDRESS... [--offline] [--rdap-bootstrap FILE_OR_URL] [--whois-file FILE]
// Prints one JSON line per address. Private and other non-public addresses are never sent anywhere.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AddressLookup } from '../../renderer/core/lookup/addressLookup';
import { emptyLookup, lookupEligibility } from '../../renderer/core/lookup/lookupEligibility';
import { lookUpAddress } from '../../renderer/core/lookup/lookUpAddress';
import { readWhoisAnswer } from '../../renderer/core/lookup/whoisRecord';
import { currentBootstrap, loadBootstrap } from '../lookup/bootstrapSource';
import { loadDnsFixture } from '../lookup/dnsFixture';
import { lookupLine } from '../lookup/lookupOutput';
import { nodeLookupDeps } from '../lookup/nodeLookupDeps';
import { terminalJson, terminalText } from '../../renderer/core/text/terminalText';
import { CliError } from './cliError';
import { readArguments } from './readArguments';

const usage =
  'usage: lookup ADDRESS... [--offline] [--rdap-bootstrap FILE_OR_URL] [--whois-file FILE] [--timeout SECONDS] [--dns-fixture FILE]';

const assetsDir = resolve(import.meta.dirname, '../../assets');

/** Offline: the pasted WHOIS answer, or nothing at all; never a request. */
function offlineLookup(ip: string, whoisText: string | null): AddressLookup {
  const eligibility = lookupEligibility(ip);
  const base = emptyLookup(eligibility, Date.now());
  if (!eligibility.eligible) return { ...base, error: eligibility.explanation };
  if (whoisText === null)
    return { ...base, error: 'offline: nothing was looked up; give --whois-file with a pasted WHOIS answer' };
  const reading = readWhoisAnswer(whoisText, eligibility.ip);
  return reading.ok
    ? { ...base, source: 'whois-text', record: reading.record }
    : { ...base, source: 'whois-text', error: reading.problem };
}

async function readOptional(path: string | undefined, what: string): Promise<string | null> {
  if (path === undefined) return null;
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new CliError(`cannot read the ${what} "${path}"`);
  }
}

export async function lookupCli(argv: string[]): Promise<void> {
  const { values, positionals: addresses } = readArguments(
    {
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        offline: { type: 'boolean' },
        'rdap-bootstrap': { type: 'string' },
        'whois-file': { type: 'string' },
        timeout: { type: 'string' },
        // For tests: answer reverse DNS from a JSON file instead of asking a DNS server.
        'dns-fixture': { type: 'string' },
      },
    },
    usage,
  );
  if (addresses.length === 0) throw new CliError(`no address given; ${usage}`);
  const timeoutSeconds = values.timeout === undefined ? 15 : Number(values.timeout);
  if (!(timeoutSeconds > 0 && timeoutSeconds <= 120))
    throw new CliError(`--timeout must be seconds between 0 and 120, not "${values.timeout}"`);
  const whoisText = await readOptional(values['whois-file'], 'WHOIS file');

  const print = (lookup: AddressLookup) => {
    for (const note of lookup.notes)
      process.stderr.write(`lookup: ${terminalText(`${lookup.ip}: ${note}`)}\n`);
    process.stdout.write(`${terminalJson(lookupLine(lookup))}\n`);
  };
  if (values.offline || whoisText !== null) {
    for (const address of addresses) print(offlineLookup(address, whoisText));
    return;
  }
  const bootstrap = await (
    values['rdap-bootstrap'] ? loadBootstrap(values['rdap-bootstrap']) : currentBootstrap(assetsDir, null)
  ).catch((error: unknown) => {
    throw new CliError(
      `the RDAP bootstrap could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  const deps = nodeLookupDeps({
    bootstrap,
    timeoutMs: timeoutSeconds * 1000,
    ...(values['dns-fixture'] ? { resolver: await loadDnsFixture(values['dns-fixture']) } : {}),
  });
  // One address after the other: registries rate-limit bursts, and the order stays the person's.
  for (const address of addresses) print(await lookUpAddress(address, deps));
}
