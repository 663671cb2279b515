import { describe, expect, it, vi } from 'vitest';
import { lookUpAddress, type LookupDeps } from '../../../../renderer/core/lookup/lookUpAddress';
import { lookupJournalEntry } from '../../../../renderer/core/lookup/lookupJournal';
import { readBootstrap } from '../../../../renderer/core/lookup/rdapBootstrap';

function deps(): LookupDeps & { http: ReturnType<typeof vi.fn>; reverseDns: ReturnType<typeof vi.fn> } {
  const bootstrap = readBootstrap({ services: [[['0.0.0.0/0', '::/0'], ['https://rdap.db.ripe.net/']]] });
  if (!bootstrap) throw new Error('bootstrap');
  return {
    bootstrap,
    http: vi.fn(async () => ({
      status: 404,
      location: null,
      retryAfter: null,
      url: '',
      text: async () => '',
    })),
    reverseDns: vi.fn(async () => ({ status: 'none' as const })),
    wait: async () => {},
    now: () => Date.parse('2026-11-21T10:00:00Z'),
  };
}

describe('looking up one address', () => {
  it.each([
    ['10.1.2.3', 'private'],
    ['fd00::1', 'unique-local'],
    ['127.0.0.1', 'loopback'],
    ['169.254.1.1', 'link-local'],
    ['100.64.0.9', 'cgnat'],
    ['203.0.113.7', 'documentation'],
    ['2001:db8::1', 'documentation'],
    ['224.0.0.1', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['::ffff:10.0.0.1', 'private'],
    ['root', 'invalid'],
  ])('never sends %s (%s) anywhere, and explains it instead', async (ip, scope) => {
    const injected = deps();
    const lookup = await lookUpAddress(ip, injected);
    expect(lookup).toMatchObject({ scope, source: 'none', record: null, error: expect.any(String) });
    expect(injected.http).not.toHaveBeenCalled();
    expect(injected.reverseDns).not.toHaveBeenCalled();
  });

  it('asks the registry and DNS for a public address, and journals what came back', async () => {
    const injected = deps();
    const lookup = await lookUpAddress('62.239.237.1', injected);
    expect(injected.http).toHaveBeenCalledWith('https://rdap.db.ripe.net/ip/62.239.237.1', 15_000);
    expect(lookup).toMatchObject({
      source: 'rdap',
      error: expect.stringMatching(/404/),
      reverseDns: { status: 'none' },
    });
    expect(lookupJournalEntry(lookup)).toMatchObject({
      kind: 'lookup',
      summary:
        'Looked up 62.239.237.1 via RDAP (RIPE NCC): no answer — RIPE NCC has no record for 62.239.237.1 (404 not found); ' +
        "paste the WHOIS answer from the registry's web page instead",
      occurredAt: Date.parse('2026-11-21T10:00:00Z'),
    });
  });
});
