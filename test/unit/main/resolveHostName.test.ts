// The resolveHostName bridge handler: only a host name is asked about, only the injected resolver
// answers, and a failed question comes back in words; the answer survives its journal entry.
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createNotebookHandlers } from '../../../main/handlers/notebookHandlers';
import { fixtureDnsResolver } from '../../../main/lookup/dnsFixture';
import {
  hostNameAnswerOf,
  hostNameAnswerText,
  hostNameJournalEntry,
} from '../../../renderer/core/lookup/hostNameAddresses';

const assetsDir = fileURLToPath(new URL('../../../assets', import.meta.url));

function handlers() {
  const resolver = fixtureDnsResolver({
    reverse: {},
    forward: {
      'scanner.example.com': ['198.51.100.23', '2001:DB8::0001', '198.51.100.23', 'not-an-address'],
    },
  });
  const forward = vi.spyOn(resolver, 'forward');
  const all = createNotebookHandlers({
    identity: { name: 'Incident Notebook', version: '0.1.0' },
    assetsDir,
    chooseSavePath: async () => null,
    lookup: { resolver },
  });
  return { resolveHostName: all.resolveHostName, forward };
}

describe('resolveHostName', () => {
  it.each([
    [[{ name: '198.51.100.23' }], /must be a host name/],
    [[{ name: 'root' }], /must be a host name/],
    [[{ name: 'evil.example\nHost: x' }], /must be a host name/],
    [[{ name: 'a'.repeat(300) + '.example' }], /name/],
    [[{ name: 'scanner.example.com', server: '8.8.8.8' }], /refused/],
    [[], /refused/],
  ])('refuses %j before anything is asked', async (args, message) => {
    const { resolveHostName, forward } = handlers();
    await expect(resolveHostName(args)).rejects.toThrow(message);
    expect(forward).not.toHaveBeenCalled();
  });

  it('answers with every address once, normalised, and drops what is not an address', async () => {
    const { resolveHostName } = handlers();
    const answer = await resolveHostName([{ name: 'Scanner.Example.COM.' }]);
    expect(answer).toMatchObject({
      name: 'scanner.example.com',
      addresses: ['198.51.100.23', '2001:db8::1'],
      error: null,
    });
    expect(hostNameAnswerText(answer)).toMatch(
      /^scanner\.example\.com points to 198\.51\.100\.23, 2001:db8::1 now\. A name can point elsewhere/,
    );
  });

  it('says in words that a name does not exist, and keeps that answer through the journal', async () => {
    const { resolveHostName } = handlers();
    const answer = await resolveHostName([{ name: 'gone.example.net' }]);
    expect(answer).toMatchObject({ addresses: [], error: 'no such name' });
    const entry = hostNameJournalEntry(answer);
    expect(entry.summary).toBe('Asked DNS for the address of gone.example.net: no such name');
    expect(
      hostNameAnswerOf({ kind: entry.kind, occurredAt: answer.askedAt, details: entry.details }),
    ).toEqual(answer);
  });
});
