// `report --org` with the names that made the old desktop writer build a different From: than the
// browser host (an address group for "Dept: IT", a changed "ACME; Ltd", a dropped "(Bob)"): the
// command line's .eml has the one writer's header, read back by mailparser as one sender.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { mailboxHeader, parseMailbox } from '../../../renderer/core/report/emlMessage';

mkdirSync(resolve('.tmp'), { recursive: true });
const scratch = mkdtempSync(join(resolve('.tmp'), 'cli-names-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const organisation = 'Dept: IT; ACME (Bob) Ltd — Zoë';

function report(...args: string[]): Promise<number> {
  return new Promise((done) => {
    execFile(
      'node_modules/.bin/tsx',
      ['main/cli/index.ts', 'report', ...args],
      { timeout: 120_000 },
      (error) => done(error ? (typeof error.code === 'number' ? error.code : 1) : 0),
    );
  });
}

describe('report --org with awkward names', { timeout: 120_000 }, () => {
  it('writes From: as the one MIME writer does, one sender with the name unchanged', async () => {
    const out = join(scratch, 'out');
    const code = await report(
      'assets/sample-auth.log',
      '--out',
      out,
      '--year',
      '2026',
      '--org',
      organisation,
      '--from',
      'it@example-office.test',
      '--whois-dir',
      'test/fixtures/report-whois',
    );
    expect(code).toBe(0);
    const drafts = readdirSync(out).filter((name) => name.endsWith('.eml'));
    expect(drafts.length).toBeGreaterThan(0);
    const expected = mailboxHeader(parseMailbox(`${organisation} <it@example-office.test>`)!);
    for (const name of drafts) {
      const raw = readFileSync(join(out, name));
      const headers = raw.toString('latin1').split('\r\n\r\n', 1)[0]!;
      expect(headers).toContain(`From: ${expected}\r\n`);
      const mail = await simpleParser(raw);
      expect(mail.from?.value).toEqual([{ address: 'it@example-office.test', name: organisation }]);
    }
  });

  it('refuses a --from that is not one address', async () => {
    expect(
      await report(
        'assets/sample-auth.log',
        '--out',
        join(scratch, 'x'),
        '--from',
        'a@b.example, c@d.example',
      ),
    ).toBe(2);
  });
});
