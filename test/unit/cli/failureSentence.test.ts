import { describe, expect, it } from 'vitest';
import { CliError } from '../../../main/cli/cliError';
import { failureSentence } from '../../../main/cli/failureSentence';

const nodeError = (code: string, message: string, path?: string) =>
  Object.assign(new Error(message), { code, ...(path === undefined ? {} : { path }) });

describe('failureSentence', () => {
  it.each([
    [
      nodeError('EACCES', "EACCES: permission denied, open '/var/log/auth.log'", '/var/log/auth.log'),
      /^report: permission denied .*\("\/var\/log\/auth\.log"\)\.$/,
    ],
    [
      nodeError('ERR_FS_FILE_TOO_LARGE', 'File size (2147483648) is greater than 2 GiB'),
      /^report: the file is larger than 2 GiB/,
    ],
    [
      nodeError('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x1fffffe8 characters'),
      /longer than 512 Mi characters/,
    ],
    [
      nodeError('Z_BUF_ERROR', 'unexpected end of file'),
      /^report: the compressed file is cut short \(copy it again from the server\)\.$/,
    ],
    [nodeError('ENOSPC', 'no space left on device'), /^report: the disk is full\.$/],
    [new RangeError('Invalid string length'), /^report: a text grew past what JavaScript can hold/],
    [
      new RangeError('Maximum call stack size exceeded'),
      /^report: an internal limit was reached \(call stack\); please report this/,
    ],
  ])('says %s in one sentence', (error, sentence) => {
    const text = failureSentence('report', error);
    expect(text).toMatch(sentence);
    expect(text).not.toContain('\n');
  });

  it('passes a CliError on as it is, and names anything else an unexpected failure', () => {
    expect(failureSentence('analyze', new CliError('no log file given'))).toBe('analyze: no log file given');
    expect(failureSentence('analyze', new TypeError('x is not a function\n    at y (z.ts:1:1)'))).toBe(
      'analyze: unexpected failure (x is not a function); please report this.',
    );
  });
});
