// Arguments of `analyze`: [--events] [--accept-damaged] [--year YYYY] [--tz ZONE] FILE...
import { isKnownTimeZone } from '../../renderer/core/time/zoneOffset';
import { analyzeCommand } from './analyzeCommand';
import { CliError } from './cliError';
import { readArguments } from './readArguments';

const usage = 'usage: analyze [--events] [--accept-damaged] [--year YYYY] [--tz ZONE] FILE...';

export async function analyzeCli(argv: string[]): Promise<void> {
  const { values, positionals: files } = readArguments(
    {
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        events: { type: 'boolean' },
        'accept-damaged': { type: 'boolean' },
        year: { type: 'string' },
        tz: { type: 'string' },
      },
    },
    usage,
  );
  if (files.length === 0) throw new CliError(`no log file given; ${usage}`);
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1970 && year <= 9999)) {
    throw new CliError(`--year must be a year like 2026, not "${values.year}"`);
  }
  const timeZone = values.tz ?? 'UTC';
  if (!isKnownTimeZone(timeZone))
    throw new CliError(`--tz must be a time zone like Europe/Berlin, not "${timeZone}"`);
  const acceptDamaged = values['accept-damaged'] ?? false;
  await analyzeCommand(
    { files, events: values.events ?? false, acceptDamaged, year, timeZone },
    process.stdout,
    process.stderr,
  );
}
