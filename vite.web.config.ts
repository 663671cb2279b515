// The browser host: the renderer as a plain page on 127.0.0.1, for tests and for development
// without the Electron binary. `npm run dev:web` serves it live; `npm run build:web` builds the
// copy the end-to-end tests serve from out/web.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { contentSecurityPolicy } from './main/security';

/**
 * The built page carries the same policy the desktop app sends as a header, less
 * frame-ancestors, which browsers ignore (with a warning) in a meta tag.
 */
const metaPolicy = contentSecurityPolicy
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

const cspMetaTag = (): Plugin => ({
  name: 'incident-notebook-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`,
    ),
});

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), cspMetaTag()],
  // msgreader's iconv-lite needs Node's Buffer; the page uses its TextDecoder (iconvLiteShim.ts).
  resolve: { alias: { 'iconv-lite': resolve(import.meta.dirname, 'renderer/ui/email/iconvLiteShim.ts') } },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: [import.meta.dirname] } },
  build: {
    // WEB_OUT_DIR lets parallel work build its own copy; tests read the same variable.
    outDir: resolve(import.meta.dirname, process.env.WEB_OUT_DIR ?? 'out/web'),
    emptyOutDir: true,
    target: 'es2022',
  },
});
