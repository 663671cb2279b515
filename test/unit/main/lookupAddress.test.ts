// The lookUpAddress bridge handler: validated like every handler, public addresses only, and the
// lookup itself against a local stand-in for the registries with an injected DNS resolver.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createNotebookHandlers } from '../../../main/handlers/notebookHandlers';
import { loadBootstrap } from '../../../main/lookup/bootstrapSource';
import { fixtureDnsResolver } from '../../../main/lookup/dnsFixture';
import { serveRdap, type RdapServer } from '../../support/rdapServer';

const assetsDir = fileURLToPath(new URL('../../../assets', import.meta.url));
let rdap: RdapServer;

beforeAll(async () => {
  rdap = await serveRdap({ '/ripe/ip/62.239.237.1': [{ fixture: 'ripencc__62.239.237.1.json' }] });
});
afterAll(() => rdap?.close());

async function handlers() {
  const resolver = fixtureDnsResolver({
    reverse: { '62.239.237.1': ['gateway.bt.example'] },
    forward: { 'gateway.bt.example': ['62.239.237.1'] },
  });
  const reverse = vi.spyOn(resolver, 'reverse');
  const all = createNotebookHandlers({
    identity: { name: 'Incident Notebook', version: '0.1.0' },
    assetsDir,
    chooseSavePath: async () => null,
    lookup: { bootstrap: await loadBootstrap(rdap.bootstrapUrl()), resolver, timeoutMs: 1000 },
  });
  return { lookUpAddress: all.lookUpAddress, reverse };
}

describe('lookUpAddress', () => {
  it.each([
    [[{ ip: '192.168.1.20' }], /must be a public IP address/],
    [[{ ip: '::1' }], /must be a public IP address/],
    [[{ ip: '203.0.113.7' }], /must be a public IP address/],
    [[{ ip: 'rdap.example.net' }], /must be a public IP address/],
    [[{ ip: 42 }], /ip/],
    [[{ ip: '62.239.237.1', server: 'https://evil.example/' }], /refused/],
    [[], /refused/],
  ])('refuses %j before anything is sent', async (args, message) => {
    const { lookUpAddress, reverse } = await handlers();
    const requestsBefore = rdap.requests.length;
    await expect(lookUpAddress(args)).rejects.toThrow(message);
    await expect(lookUpAddress(args)).rejects.toThrow(/^lookUpAddress refused: /);
    expect(rdap.requests.length).toBe(requestsBefore);
    expect(reverse).not.toHaveBeenCalled();
  });

  it('returns the registry record and a forward-confirmed reverse name for a public address', async () => {
    const { lookUpAddress } = await handlers();
    const lookup = await lookUpAddress([{ ip: '62.239.237.1' }]);
    expect(lookup).toMatchObject({
      ip: '62.239.237.1',
      scope: 'public',
      source: 'rdap',
      server: `${rdap.url}ripe/ip/62.239.237.1`,
      error: null,
      record: { registry: 'RIPE NCC', network: { name: 'BT-CORPORATE' } },
      reverseDns: { status: 'found', hostnames: ['gateway.bt.example'], forwardConfirmed: true },
    });
  });
});
