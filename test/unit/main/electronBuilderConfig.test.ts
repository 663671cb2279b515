import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

// electron-builder's own loader and validator (TOOLCHAIN.md, "Packaging offline"). They are not
// exported from electron-builder's entry point, so they are loaded from its app-builder-lib.
type ConfigModule = {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: { isEnabled: boolean }): Promise<void>;
};
type BuilderUtil = { DebugLogger: new (isEnabled?: boolean) => { isEnabled: boolean } };

const projectDir = fileURLToPath(new URL('../../../', import.meta.url));
const fromElectronBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const appBuilderLib = createRequire(fromElectronBuilder.resolve('app-builder-lib'));
const { getConfig, validateConfiguration } = fromElectronBuilder(
  'app-builder-lib/out/util/config/config',
) as ConfigModule;
const { DebugLogger } = appBuilderLib('builder-util') as BuilderUtil;

const config = await getConfig(projectDir, null, null);
const validate = (candidate: Configuration) => validateConfiguration(candidate, new DebugLogger(false));

type FileSet = { from?: string; to?: string; filter?: string | string[] };
const asArray = <T>(value: T | T[] | null | undefined): T[] =>
  value == null ? [] : Array.isArray(value) ? value : [value];

// Loading app-builder-lib takes seconds on a busy machine: more than vitest's default 5 s.
describe('electron-builder.yml', { timeout: 60_000 }, () => {
  it("passes electron-builder's own configuration validation", async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('is really checked: a misspelled option is rejected', async () => {
    await expect(
      validate({ ...config, linux: { ...config.linux, categroy: 'Utility' } as Configuration['linux'] }),
    ).rejects.toThrow(/Invalid configuration object[\s\S]*configuration\.linux/);
  });

  it('ships only the built output, assets/ and package.json', () => {
    const fileSets = asArray(config.files as FileSet | FileSet[]);
    expect(fileSets).toHaveLength(1);
    expect(fileSets[0]?.from).toBeUndefined();
    const patterns = asArray(fileSets[0]?.filter);
    const included = patterns.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual([
      'assets/**',
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
      'package.json',
    ]);
    // Bundled main and preload need no node_modules; source maps stay out of the app.
    expect(patterns).toEqual(expect.arrayContaining(['!node_modules/**', '!**/*.map']));
    expect(config.extraResources ?? null).toBeNull();
    expect(config.extraFiles ?? null).toBeNull();
  });

  it('builds AppImage and deb for Linux, nsis for Windows and dmg for macOS into dist/', () => {
    expect(config.productName).toBe('Incident Notebook');
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.directories?.output).toBe('dist');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Utility');
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^>\s]+>$/);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.mac?.category).toBe('public.app-category.utilities');
  });

  it('turns off the Electron fuses that would let others run code as the app', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });

  it('points every platform at a 512×512 PNG icon in assets/', async () => {
    const icons = new Set([config.linux?.icon, config.win?.icon, config.mac?.icon]);
    expect([...icons]).toEqual(['assets/icon.png']);
    const png = await readFile(new URL('../../../assets/icon.png', import.meta.url));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});
