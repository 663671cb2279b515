import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { UserConfig } from 'electron-vite';
import electronViteConfig from '../../../electron.vite.config';

// The file names the app loads at run time (package.json "main", the preload path in main/index.ts,
// the app:// root) and the packaging rule "no node_modules" all depend on these build settings.
const config = electronViteConfig as UserConfig;

type Build = NonNullable<NonNullable<UserConfig['main']>['build']>;
const outputOf = (build: Build | undefined) => {
  const output = build?.rolldownOptions?.output;
  if (output === undefined || Array.isArray(output)) throw new Error('expected exactly one output');
  return output;
};
const inputOf = (build: Build | undefined) => build?.rolldownOptions?.input as Record<string, string>;

describe('electron.vite.config.ts', () => {
  it('builds main as one ESM file at the path package.json names', async () => {
    const packageJson = JSON.parse(
      await readFile(new URL('../../../package.json', import.meta.url), 'utf8'),
    ) as {
      main: string;
      type: string;
    };
    expect(packageJson).toMatchObject({ main: 'out/main/index.js', type: 'module' });
    expect(config.main?.build?.outDir).toMatch(/[\\/]out[\\/]main$/);
    expect(inputOf(config.main?.build)['index']).toMatch(/[\\/]main[\\/]index\.ts$/);
    expect(outputOf(config.main?.build)).toMatchObject({ format: 'es', entryFileNames: '[name].js' });
  });

  it('builds the preload as one bundled CommonJS file, index.cjs', () => {
    const build = config.preload?.build;
    expect(build?.outDir).toMatch(/[\\/]out[\\/]preload$/);
    expect(inputOf(build)['index']).toMatch(/[\\/]preload[\\/]index\.ts$/);
    expect(outputOf(build)).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(build?.externalizeDeps).toBe(false);
  });

  it('bundles main whole, so the packaged app needs no node_modules', () => {
    expect(config.main?.build?.externalizeDeps).toBe(false);
  });

  it('builds the renderer from renderer/index.html into out/renderer', () => {
    expect(config.renderer?.root).toMatch(/[\\/]renderer$/);
    expect(config.renderer?.build?.outDir).toMatch(/[\\/]out[\\/]renderer$/);
    expect(config.renderer?.build?.rolldownOptions?.input).toMatch(/[\\/]renderer[\\/]index\.html$/);
  });
});
