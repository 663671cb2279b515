// The headless command line: the same core code as the app, for scripts, checks and benchmarks.
//   npm run -s cli -- analyze [--events] [--year YYYY] [--tz ZONE] FILE...
//   npm run -s cli -- report FILE... --out DIR [--tz ZONE] [--known CIDR,...] [--whois-dir DIR] …
//   npm run -s cli -- lookup ADDRESS... [--offline] [--rdap-bootstrap FILE_OR_URL] [--whois-file FILE]
// Each command is one module taking its own arguments; this file only dispatches.
import { analyzeCli } from './analyzeCli';
import { CliError, cliErrorExitCode } from './cliError';
import { lookupCli } from './lookupCli';
import { reportCli } from './reportCli';

const commands: Record<string, (argv: string[]) => Promise<void>> = {
  analyze: analyzeCli,
  lookup: lookupCli,
  report: reportCli,
};

const usage = `usage: ${Object.keys(commands).join(' | ')} …`;

async function main([command, ...argv]: string[]): Promise<void> {
  const run = command === undefined ? undefined : commands[command];
  if (!run) throw new CliError(command ? `unknown command "${command}"; ${usage}` : usage);
  try {
    await run(argv);
  } catch (error) {
    // Messages name the command they came from: "analyze: no such file …".
    if (error instanceof CliError) error.message = `${command}: ${error.message}`;
    throw error;
  }
}

// A reader that stops early (`… | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  if (!(error instanceof CliError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = cliErrorExitCode;
});
