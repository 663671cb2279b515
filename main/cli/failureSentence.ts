// Every failure of the command line is one sentence on stderr and exit code 2: the person (or
// the script) learns what went wrong and what to do, never a stack trace. The errors Node throws
// for files too big, cut short or out of reach are named here once.
import { CliError } from './cliError';

const sentences: Readonly<Record<string, string>> = {
  ENOENT: 'a file or folder does not exist',
  EACCES: 'permission denied (run it as a user who may read the logs, or copy them somewhere readable)',
  EPERM: 'the operating system did not allow it (permission denied)',
  EISDIR: 'a folder was given where a file was expected',
  ENOTDIR: 'a path goes through something that is not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the folder is on a read-only disk',
  EMFILE: 'too many files are open at once',
  EFBIG: 'the file is larger than this system allows',
  ERR_FS_FILE_TOO_LARGE: 'the file is larger than 2 GiB, more than can be read in one piece',
  ERR_STRING_TOO_LONG: 'the text is longer than 512 Mi characters, more than one JavaScript text can hold',
  Z_BUF_ERROR: 'the compressed file is cut short (copy it again from the server)',
  Z_DATA_ERROR: 'the compressed file is damaged (copy it again from the server)',
  ERR_INVALID_URL: 'a URL is not valid',
  ECONNREFUSED: 'the server refused the connection',
  ETIMEDOUT: 'the network did not answer in time',
  ENOTFOUND: 'a host name could not be resolved',
};

/** JavaScript's own limits, thrown without a code. */
const limitMessages: readonly [RegExp, string][] = [
  [
    /Invalid string length/,
    'a text grew past what JavaScript can hold (512 Mi characters); please report this',
  ],
  [/Invalid array length/, 'a list grew past what JavaScript can hold; please report this'],
  [/Maximum call stack size exceeded/, 'an internal limit was reached (call stack); please report this'],
  [/Array buffer allocation failed/, 'there is not enough memory for the file'],
];

/** What went wrong in words, for an error Node or JavaScript throws; undefined if unknown. */
export function knownProblem(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? sentences[code] : undefined;
  if (known) return known;
  const message = error instanceof Error ? error.message : String(error);
  for (const [pattern, sentence] of limitMessages) if (pattern.test(message)) return sentence;
  return undefined;
}

/** The one line printed for `error`, starting with the command's name ("report: …"). */
export function failureSentence(command: string, error: unknown): string {
  if (error instanceof CliError) return `${command}: ${error.message}`;
  const known = knownProblem(error);
  if (known) {
    const path = (error as { path?: unknown } | null)?.path;
    return `${command}: ${known}${typeof path === 'string' ? ` ("${path}")` : ''}.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n', 1)[0] ?? '';
  return `${command}: unexpected failure (${firstLine.slice(0, 300)}); please report this.`;
}
