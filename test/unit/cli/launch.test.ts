// `npm run -s cli` runs main/cli/launch.mjs: one bundle of the CLI's sources, rebuilt when one of
// them is newer. It must print exactly what the sources print through tsx, and never run a
// bundle older than the files it came from.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Run = { code: number; stdout: string; stderr: string };

function run(program: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(program, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const launcher = (...args: string[]) => run(process.execPath, ['main/cli/launch.mjs', ...args]);
const throughTsx = (...args: string[]) => run('node_modules/.bin/tsx', ['main/cli/index.ts', ...args]);

describe('the command line started from its bundle', () => {
  it('prints what the sources print, for analyze and for a refused call', async () => {
    const args = ['analyze', '--year', '2026', 'test/fixtures/sshd/attacker-succeeds.log'];
    const [bundled, sources] = await Promise.all([launcher(...args), throughTsx(...args)]);
    expect(bundled).toEqual(sources);
    expect(bundled.code).toBe(0);
    const [refused, refusedSources] = await Promise.all([launcher('nonsense'), throughTsx('nonsense')]);
    expect(refused).toEqual(refusedSources);
    expect(refused.code).toBe(2);
  });

  it('is rebuilt when a file it was built from has changed or gone', async () => {
    await launcher('analyze', '--year', '2026', 'test/fixtures/sshd/attacker-succeeds.log');
    const inputsFile = 'out/cli/inputs.json';
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8')) as string[];
    expect(inputs).toContain('main/cli/index.ts');
    expect(inputs).toContain('renderer/core/analysis/logAnalyzer.ts');
    // As if the bundle had been built from a file that no longer exists: it must not be trusted.
    writeFileSync(inputsFile, JSON.stringify([...inputs, 'main/cli/gone-since.ts']));
    const again = await launcher('analyze', '--year', '2026', 'test/fixtures/sshd/attacker-succeeds.log');
    expect(again.code).toBe(0);
    expect(JSON.parse(readFileSync(inputsFile, 'utf8'))).not.toContain('main/cli/gone-since.ts');
  });
});
