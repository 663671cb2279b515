// The headless command line: the same core analysis as the app, for scripts, checks and benchmarks.
//   npm run -s cli -- analyze [--events] [--year YYYY] [--tz ZONE] FILE...
import { parseArgs } from 'node:util';
import { isKnownTimeZone } from '../../renderer/core/time/zoneOffset';
import { analyzeCommand } from './analyzeCommand';
import { CliError, cliErrorExitCode } from './cliError';

const usage = 'usage: analyze [--events] [--year YYYY] [--tz ZONE] FILE...';

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = readArguments(argv);
  const [command, ...files] = positionals;
  if (command !== 'analyze') throw new CliError(command ? `unknown command "${command}"; ${usage}` : usage);
  if (files.length === 0) throw new CliError(`no log file given; ${usage}`);
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1970 && year <= 9999)) {
    throw new CliError(`--year must be a year like 2026, not "${values.year}"`);
  }
  const timeZone = values.tz ?? 'UTC';
  if (!isKnownTimeZone(timeZone))
    throw new CliError(`--tz must be a time zone like Europe/Berlin, not "${timeZone}"`);
  await analyzeCommand({ files, events: values.events ?? false, year, timeZone }, process.stdout);
}

function readArguments(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { events: { type: 'boolean' }, year: { type: 'string' }, tz: { type: 'string' } },
    });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}; ${usage}`);
  }
}

// A reader that stops early (`… | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  if (!(error instanceof CliError)) throw error;
  process.stderr.write(`analyze: ${error.message}\n`);
  process.exitCode = cliErrorExitCode;
});
