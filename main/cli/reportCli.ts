// Arguments of `report`: FILE... --out DIR [--year YYYY] [--tz ZONE] [--org NAME] [--from EMAIL]
// [--known CIDR,...] [--mask-users a,b] [--whois-dir DIR | --rdap-bootstrap FILE] [--accept-damaged]
import { resolve } from 'node:path';
import { isKnownTimeZone } from '../../renderer/core/time/zoneOffset';
import { unreadableAddressEntries } from '../../renderer/core/report/addressTokens';
import { parseAddressSpec } from '../../renderer/core/report/mailbox';
import { CliError } from './cliError';
import { readArguments } from './readArguments';
import { reportCommand } from './reportCommand';

const usage =
  'usage: report FILE... --out DIR [--year YYYY] [--tz ZONE] [--org NAME] [--from EMAIL] [--known CIDR,...] [--mask-users a,b] [--whois-dir DIR | --rdap-bootstrap FILE] [--accept-damaged]';

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

export async function reportCli(argv: string[]): Promise<void> {
  const { values, positionals: files } = readArguments(
    {
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        year: { type: 'string' },
        tz: { type: 'string' },
        org: { type: 'string' },
        from: { type: 'string' },
        known: { type: 'string' },
        'mask-users': { type: 'string' },
        'whois-dir': { type: 'string' },
        'rdap-bootstrap': { type: 'string' },
        'accept-damaged': { type: 'boolean' },
      },
    },
    usage,
  );
  if (files.length === 0) throw new CliError(`no log file given; ${usage}`);
  if (values.out === undefined) throw new CliError(`--out DIR is required; ${usage}`);
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1970 && year <= 9999)) {
    throw new CliError(`--year must be a year like 2026, not "${values.year}"`);
  }
  const timeZone = values.tz ?? 'UTC';
  if (!isKnownTimeZone(timeZone))
    throw new CliError(`--tz must be a time zone like Europe/Berlin, not "${timeZone}"`);
  const knownGood = list(values.known);
  const unreadable = unreadableAddressEntries(knownGood);
  if (unreadable.length > 0)
    throw new CliError(`--known: "${unreadable[0]}" is not an address or a CIDR range`);
  if (values['whois-dir'] !== undefined && values['rdap-bootstrap'] !== undefined) {
    throw new CliError('give --whois-dir or --rdap-bootstrap, not both');
  }
  const fromEmail = values.from ?? '';
  if (fromEmail !== '' && parseAddressSpec(fromEmail) === null)
    throw new CliError(`--from must be an email address, not "${fromEmail}"`);
  await reportCommand(
    {
      files,
      outDir: values.out,
      year,
      timeZone,
      organisation: values.org ?? '',
      fromEmail,
      knownGood,
      maskUsers: list(values['mask-users']),
      owners:
        values['whois-dir'] !== undefined
          ? { whoisDir: values['whois-dir'] }
          : values['rdap-bootstrap'] !== undefined
            ? { rdapBootstrap: values['rdap-bootstrap'] }
            : null,
      assetsDir: resolve(import.meta.dirname, '../../assets'),
      now: Date.now(),
      acceptDamaged: values['accept-damaged'] ?? false,
    },
    (line) => process.stdout.write(`${line}\n`),
  );
}
