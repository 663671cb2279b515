// One run of our EVTX reader in its own process, so its peak memory is its own: streams the file
// in 64 KiB reads (as the command line does) through createEvtxReader, rendering every record, and
// prints {"records": …, "ms": …, "cpuMs": …, "maxRssMb": …}. Started by evtxBench.ts.
import { closeSync, openSync, readSync } from 'node:fs';
import { createEvtxReader } from '../../renderer/core/logs/evtx/evtxReader';

const path = process.argv[2];
if (!path) throw new Error('usage: evtxOnce.ts FILE.evtx');
const buffer = Buffer.allocUnsafe(64 * 1024);
const startCpu = process.cpuUsage();
const started = performance.now();
let characters = 0;
const reader = createEvtxReader((record) => {
  characters += record.xml.length;
});
const fd = openSync(path, 'r');
for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer))
  reader.push(buffer.subarray(0, read));
closeSync(fd);
reader.end();
const ms = performance.now() - started;
const cpu = process.cpuUsage(startCpu);
process.stdout.write(
  JSON.stringify({
    records: reader.recordsRead(),
    characters,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }) + '\n',
);
