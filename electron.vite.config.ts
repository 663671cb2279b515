// Builds the three parts of the desktop app from the top-level folders (electron-vite's defaults
// expect src/main etc.). Output names are load-bearing: package.json "main" is out/main/index.js,
// main/index.ts loads out/preload/index.cjs and serves out/renderer through app://.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('./out/main'),
      // One self-contained file: main does not depend on what electron-builder copies into node_modules.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('./main/index.ts') },
        // package.json has "type": "module", so .js is ESM; Electron 45 loads an ESM main.
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('./out/preload'),
      // A sandboxed preload cannot require() anything but a few Electron modules: bundle it all.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('./preload/index.ts') },
        // A sandboxed renderer cannot load an ESM preload; .cjs keeps it CommonJS despite "type": "module".
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: fromRoot('./renderer'),
    plugins: [react()],
    // msgreader's iconv-lite needs Node's Buffer; the page uses its TextDecoder (iconvLiteShim.ts).
    resolve: { alias: { 'iconv-lite': fromRoot('./renderer/ui/email/iconvLiteShim.ts') } },
    // The import worker is a module worker (it imports core/ like the page does).
    worker: { format: 'es' },
    build: {
      outDir: fromRoot('./out/renderer'),
      rolldownOptions: { input: fromRoot('./renderer/index.html') },
    },
  },
});
