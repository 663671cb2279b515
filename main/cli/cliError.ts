// An error the person running the command line can fix (wrong argument, missing file, a log in a
// format we do not read). index.ts prints its message on one line and exits with code 2.
export class CliError extends Error {
  override name = 'CliError';
}

export const cliErrorExitCode = 2;
