// The headless command line: the same core code as the app, for scripts, checks and benchmarks.
//   npm run -s cli -- analyze [--events] [--year YYYY] [--tz ZONE] FILE...
//   npm run -s cli -- report FILE... --out DIR [--tz ZONE] [--known CIDR,...] [--whois-dir DIR] …
//   npm run -s cli -- lookup ADDRESS... [--offline] [--rdap-bootstrap FILE_OR_URL] [--whois-file FILE]
//   npm run -s cli -- trace MESSAGE.eml|.msg|headers.txt [--ours domain,…]
// Each command is one module taking its own arguments; this file only dispatches.
import { terminalText } from '../../renderer/core/text/terminalText';
import { CliError, cliErrorExitCode } from './cliError';
import { failureSentence } from './failureSentence';

type Command = (argv: string[]) => Promise<void>;

// Loaded when chosen: `report` brings the PDF renderer (a third of a second to load), which
// `analyze` and `lookup` never need.
const commands: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./analyzeCli')).analyzeCli,
  lookup: async () => (await import('./lookupCli')).lookupCli,
  report: async () => (await import('./reportCli')).reportCli,
  trace: async () => (await import('./traceCli')).traceCli,
};

const usage = `usage: ${Object.keys(commands).join(' | ')} …`;

async function main([command, ...argv]: string[]): Promise<void> {
  const load = command === undefined ? undefined : commands[command];
  if (!load) throw new CliError(command ? `unknown command "${command}"; ${usage}` : usage);
  running = command ?? running;
  const run = await load();
  await run(argv);
}

/** Messages name the command they came from: "analyze: no such file …". */
let running = 'incident-notebook';

/**
 * One sentence on stderr and exit code 2, whatever failed; control characters in it (a file name,
 * a line quoted from a log) are escaped. INCIDENT_NOTEBOOK_DEBUG=1 adds the stack for developers.
 */
function fail(error: unknown): void {
  process.stderr.write(`${terminalText(failureSentence(running, error))}\n`);
  if (process.env.INCIDENT_NOTEBOOK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = cliErrorExitCode;
}

// A reader that stops early (`… | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  fail(error);
  process.exit(cliErrorExitCode);
});
// What escapes the command's own promise (a stream's late error) ends the run the same way.
process.on('uncaughtException', (error) => {
  fail(error);
  process.exit(cliErrorExitCode);
});

main(process.argv.slice(2)).catch(fail);
