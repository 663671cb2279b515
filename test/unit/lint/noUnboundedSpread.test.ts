// The lint rule that keeps spreads of unbounded lists out of calls (eslint.config.js): checked
// with the project's own configuration, so turning it off or narrowing its files shows here.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function spreadProblems(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax').length;
}

const unbounded = [
  'export const first = (times: number[]) => Math.min(...times);',
  'export function add(into: number[], more: number[]) { into.push(...more); }',
  'export const text = (bytes: number[]) => String.fromCharCode.apply(null, bytes);',
  'export const made = (parts: string[]) => new Array(...parts);',
].join('\n');

describe('no spread of a list into a call', { timeout: 60_000 }, () => {
  it.each(['renderer/core/analysis/x.ts', 'renderer/pdf/X.tsx', 'renderer/ui/x.tsx', 'main/cli/x.ts'])(
    'is an error in %s',
    async (filePath) => {
      expect(await spreadProblems(filePath, unbounded)).toBe(4);
    },
  );

  it('allows a spread of an array literal, whose size is in the source', async () => {
    const literal = 'export const peak = (a: number, b: number) => Math.max(...[a, b], 1);';
    expect(await spreadProblems('renderer/core/analysis/x.ts', literal)).toBe(0);
  });

  it('allows spreads into arrays and objects, which are not argument lists', async () => {
    const code = 'export const all = (a: number[], b: number[]) => ({ list: [...a, ...b] });';
    expect(await spreadProblems('renderer/core/analysis/x.ts', code)).toBe(0);
  });
});
