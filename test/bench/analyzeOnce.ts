// One analyzer run in its own process, so its peak memory is its own: prints
// {"lines": …, "ms": …, "maxRssMb": …} for the file given. Started by run.ts.
import { analyzeLogFile } from '../../main/cli/readLogFile';

const path = process.argv[2];
if (!path) throw new Error('usage: analyzeOnce.ts FILE');
const started = performance.now();
const analysis = await analyzeLogFile(path, { year: 2026, timeZone: 'UTC' });
const ms = performance.now() - started;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  JSON.stringify({ lines: analysis.summary.lines, events: analysis.summary.events, ms, maxRssMb }) + '\n',
);
