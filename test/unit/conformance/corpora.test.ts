// Pins what `npm run conformance` measures on the real corpora (../shared/samples/corpora): for
// every service in them, address recall ≥ 0.97 and no false alarm on a line marked not-an-attack.
// Skipped, with its reason, on a computer without ../shared.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureConformance, type ConformanceResult } from '../../conformance/run';

const present = existsSync(resolve('../shared/samples/corpora/sshguard/tests.txt'));

describe.skipIf(!present)('the readers on the SSHGuard and CrowdSec corpora', { timeout: 120_000 }, () => {
  let result: ConformanceResult;
  it('find the address of at least 97% of the attack lines of every service, with no false alarm', async () => {
    result = await measureConformance();
    const rows = [...result.rows].filter(([key]) => key.startsWith('both · '));
    const below = rows
      .filter(([, row]) => row.attacks > 0 && row.found / row.attacks < 0.97)
      .map(([key, row]) => `${key}: ${row.found}/${row.attacks}`);
    const alarms = rows
      .filter(([, row]) => row.falseAlarms > 0)
      .map(([key, row]) => `${key}: ${row.falseAlarms}`);
    expect(below).toEqual([]);
    expect(alarms).toEqual([]);
  });
});

if (!present) it.skip('the corpora are in ../shared, which this computer does not have', () => {});
