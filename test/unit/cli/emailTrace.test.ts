// `trace` end to end: a child process reads a message file (.eml, .msg, pasted headers) and prints
// its route as one JSON document; nothing is looked up.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = 'node_modules/.bin/tsx';

type TraceJson = {
  format: string;
  sha256: string;
  ours: string[];
  suggestedOurs: string[];
  handover: { status: string; hop?: number };
  originatingAddress: string | null;
  hops: {
    number: number;
    side: string;
    fromAddress: string | null;
    byHost: string | null;
    time: string | null;
  }[];
  flags: { kind: string }[];
  authentication: { authservId: string; trusted: boolean }[];
  note?: string;
};

async function trace(...args: string[]): Promise<TraceJson> {
  const { stdout } = await run(tsx, ['main/cli/index.ts', 'trace', ...args]);
  expect(stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(stdout) as TraceJson;
}

describe('cli trace', () => {
  it('prints the hops, the handover and the originating address of an .eml with --ours', async () => {
    const json = await trace(
      'test/fixtures/email/written/phish-paypal.eml',
      '--ours',
      'northwind-office.example',
    );
    expect(json.format).toBe('eml');
    expect(json.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.handover).toEqual({ status: 'found', hop: 2 });
    expect(json.originatingAddress).toBe('62.239.237.1');
    expect(json.hops.map((hop) => hop.side)).toEqual(['sender', 'handover', 'ours']);
    expect(json.hops[1]).toMatchObject({
      byHost: 'mx1.northwind-office.example',
      time: '2026-11-03T08:14:05.000Z',
    });
    expect(json.authentication.map((result) => result.trusted)).toEqual([true, false, true]);
    expect(json.flags.map((flag) => flag.kind)).toContain('impossible-time');
  }, 30_000);

  it('without --ours suggests our domains and finds no handover', async () => {
    const json = await trace('test/fixtures/email/spam/003');
    expect(json.ours).toEqual([]);
    expect(json.suggestedOurs[0]).toBe('jmason.org');
    expect(json.handover).toEqual({ status: 'not-received-by-ours' });
    expect(json.originatingAddress).toBeNull();
  }, 30_000);

  it('reads an Outlook .msg and pasted headers', async () => {
    const msg = await trace('test/fixtures/email/msg/msgInMsg.msg', '--ours', 'xmailserver.test');
    expect(msg).toMatchObject({ format: 'msg', handover: { status: 'all-ours' } });
    expect(msg.note).toMatch(/attached inside/);
    const pasted = await trace(
      'test/fixtures/email/written/pasted-headers.txt',
      '--ours=northwind-office.example',
    );
    expect(pasted).toMatchObject({ format: 'headers', originatingAddress: '62.239.237.1' });
  }, 30_000);

  it('fails with one sentence and exit code 2 for a missing file', async () => {
    const failure = await run(tsx, ['main/cli/index.ts', 'trace', 'no-such.eml']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr.trim()).toBe(
      'trace: cannot read the message "no-such.eml"',
    );
  }, 30_000);
});
