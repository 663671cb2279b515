// One analyzer run in its own process, so its peak memory is its own: prints
// {"lines": …, "ms": …, "cpuMs": …, "maxRssMb": …} for the file given (cpuMs includes start-up).
// Started by run.ts.
import { analyzeLogFile } from '../../main/cli/readLogFile';

const path = process.argv[2];
if (!path) throw new Error('usage: analyzeOnce.ts FILE');
const started = performance.now();
// The generator's logs start on 25 Oct 2026 and the 3M-line one runs into late December: read as
// 2025, so no line lies in the future (the year rule would refuse the file).
const analysis = await analyzeLogFile(path, { year: 2025, timeZone: 'UTC' });
const ms = performance.now() - started;
const usage = process.resourceUsage();
const maxRssMb = usage.maxRSS / 1024;
// CPU time as well: on a shared 2-core machine wall time swings with other load, CPU time less.
const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
process.stdout.write(
  JSON.stringify({ lines: analysis.summary.lines, events: analysis.summary.events, ms, cpuMs, maxRssMb }) +
    '\n',
);
