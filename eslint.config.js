import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.tmp/**', 'node_modules/**', 'assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The compiler already keeps DOM and Node types out of core; this keeps the libraries out.
    files: ['renderer/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*'], message: 'core is pure TypeScript: no React.' },
            { group: ['dexie', 'dexie-*'], message: 'core does not touch the database.' },
            { group: ['electron'], message: 'core does not know about Electron.' },
            { group: ['node:*', 'fs', 'path', 'os'], message: 'core runs in the browser too.' },
            {
              group: ['../ui/*', '../db/*', '../state/*', '../workers/*', '../host/*'],
              message: 'core depends on nothing above it.',
            },
          ],
        },
      ],
    },
  },
);
