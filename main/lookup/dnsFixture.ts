// A DnsResolver answered from a JSON file, so tests of the command line never ask a real DNS
// server: { "reverse": { "74.125.225.229": ["host.example"] }, "forward": { "host.example": [...] } }.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { DnsResolver } from './reverseDns';

const fixtureShape = z.object({
  reverse: z.record(z.string(), z.array(z.string())).default({}),
  forward: z.record(z.string(), z.array(z.string())).default({}),
});

const notFound = (name: string) => Object.assign(new Error(`${name} not found`), { code: 'ENOTFOUND' });

export function fixtureDnsResolver(fixture: z.infer<typeof fixtureShape>): DnsResolver {
  return {
    reverse: async (ip) => fixture.reverse[ip] ?? Promise.reject(notFound(ip)),
    forward: async (hostname) => fixture.forward[hostname] ?? Promise.reject(notFound(hostname)),
  };
}

export async function loadDnsFixture(path: string): Promise<DnsResolver> {
  return fixtureDnsResolver(fixtureShape.parse(JSON.parse(await readFile(path, 'utf8'))));
}
