// What electron-builder would put into the app, computed by electron-builder itself: its own
// config loader and the same file matchers its packager copies with (app-builder-lib's
// getMainFileMatchers and createFilter), walked over a project tree as the tests leave it —
// with out/web, the browser host's build, beside the desktop build. No network, no Electron
// binary (TOOLCHAIN.md, "Packaging offline").
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import type { Configuration } from 'electron-builder';
import { afterAll, describe, expect, it } from 'vitest';

type Matcher = { from: string; createFilter(): (file: string, stat: Stats) => boolean };
type FileMatcherModule = {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformSpecificBuildOptions: object,
    platformPackager: object,
    outDir: string,
    isElectronCompile: boolean,
  ): Matcher[];
};
type ConfigModule = {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Configuration>;
};

const fromElectronBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const { getMainFileMatchers } = fromElectronBuilder('app-builder-lib/out/fileMatcher') as FileMatcherModule;
const { getConfig } = fromElectronBuilder('app-builder-lib/out/util/config/config') as ConfigModule;

mkdirSync(resolve('.tmp'), { recursive: true });
const project = mkdtempSync(join(resolve('.tmp'), 'packaged-files-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

// The project as the build and the tests leave it (file contents do not matter to the matchers).
const tree = [
  'out/main/index.js',
  'out/main/index.js.map',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'out/renderer/assets/index-abc.js',
  'out/web/index.html',
  'out/web/assets/index-abc.js',
  'assets/icon.png',
  'assets/fonts/DejaVuSans.ttf',
  'main/index.ts',
  'renderer/core/net/addressScope.ts',
  'preload/api.ts',
  'test/unit/main/packagedFiles.test.ts',
  'docs/screenshot-import.png',
  'node_modules/react/index.js',
  '.tmp/bench/auth-1m.log',
  'dist/linux-unpacked/resources/app.asar',
  'README.md',
  'tsconfig.json',
  'vite.web.config.ts',
];
for (const file of tree) {
  mkdirSync(join(project, dirname(file)), { recursive: true });
  writeFileSync(join(project, file), 'x');
}
for (const file of ['package.json', 'electron-builder.yml']) copyFileSync(file, join(project, file));

async function packagedFiles(root: string): Promise<string[]> {
  const config = await getConfig(root, null, null);
  const outDir = resolve(root, config.directories?.output ?? 'dist');
  const packager = {
    info: {
      projectDir: root,
      buildResourcesDir: config.directories?.buildResources ?? 'build',
      isPrepackedAppAsar: false,
      config,
      debugLogger: { isEnabled: false },
    },
  };
  const [matcher] = getMainFileMatchers(root, '/app', (pattern) => pattern, {}, packager, outDir, false);
  const keep = matcher!.createFilter();
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stat = statSync(path);
      if (!keep(path, stat)) continue;
      if (stat.isDirectory()) walk(path);
      else found.push(relative(root, path));
    }
  };
  walk(matcher!.from);
  return found.sort();
}

describe('the packaged app', { timeout: 60_000 }, () => {
  it('holds only the desktop build, assets/ and package.json', async () => {
    expect(await packagedFiles(project)).toEqual([
      'assets/fonts/DejaVuSans.ttf',
      'assets/icon.png',
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/assets/index-abc.js',
      'out/renderer/index.html',
      'package.json',
    ]);
  });

  it('would hold nothing else from this working tree either', async () => {
    const shipped = await packagedFiles(process.cwd());
    const outside = shipped.filter(
      (file) => !/^(out\/(main|preload|renderer)\/|assets\/)/.test(file) && file !== 'package.json',
    );
    expect(outside).toEqual([]);
  });
});
