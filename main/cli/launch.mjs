// `npm run -s cli` starts here. Starting the command line through tsx compiled every TypeScript
// file on each run (1.5–2 s before the first line was read); this runs one bundle of the same
// sources instead, rebuilt with esbuild (well under a second) whenever one of the files it was
// built from is newer than it — so a fresh clone, and a developer who just changed a file, get
// the current code without a separate build step. Plain JavaScript: it must start without tsx.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
// Two folders deep, like main/cli/: the commands find assets/ as '../../assets' from either.
const outDir = resolve(root, 'out/cli');
const bundle = resolve(outDir, 'index.mjs');
const inputsFile = resolve(outDir, 'inputs.json');

/** True when the bundle exists and none of the files it was built from changed since. */
function bundleIsCurrent() {
  if (!existsSync(bundle) || !existsSync(inputsFile)) return false;
  const builtAt = statSync(bundle).mtimeMs;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return false;
  }
  return inputs.every((input) => {
    try {
      return statSync(resolve(root, input)).mtimeMs <= builtAt;
    } catch {
      return false; // a file it was built from is gone: rebuild
    }
  });
}

async function buildBundle() {
  const { build } = await import('esbuild');
  // Dated when the build started, so a file saved during the build still counts as newer.
  const startedAt = new Date();
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['main/cli/index.ts'],
    bundle: true,
    // One chunk per command: `analyze` does not load what only `report` needs.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    // Packages load from node_modules as they would under tsx: only our own sources are bundled.
    packages: 'external',
    outdir: outDir,
    entryNames: 'index',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  // Each file is written beside its place and renamed into it, the entry last: two runs starting
  // at once (tests spawn several) never read a half-written file, and chunks are named by their
  // content, so an older entry still finds its own.
  const place = (path, contents) => {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, contents);
    utimesSync(temporary, startedAt, startedAt);
    renameSync(temporary, path);
  };
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules/'));
  for (const file of result.outputFiles) if (file.path !== bundle) place(file.path, file.contents);
  place(inputsFile, JSON.stringify(inputs));
  const entry = result.outputFiles.find((file) => file.path === bundle);
  if (!entry) throw new Error(`esbuild wrote no ${bundle}`);
  place(bundle, entry.contents);
}

if (!bundleIsCurrent()) await buildBundle();
await import(pathToFileURL(bundle).href);
