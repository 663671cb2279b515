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
    // A spread into a call passes every element as an argument: from about 125,000 (a botnet's
    // addresses, a backup job's logins) it throws RangeError. Loop or reduce instead. A spread of
    // an array literal is allowed (its size is in the source); a bounded case elsewhere needs an
    // eslint-disable comment that says why it is bounded.
    files: ['renderer/**/*.{ts,tsx}', 'main/**/*.ts', 'preload/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            ":matches(CallExpression, NewExpression) > SpreadElement:not([argument.type='ArrayExpression'])",
          message: 'A spread into a call fails from about 125,000 items (RangeError): use a loop or reduce.',
        },
        {
          selector: "CallExpression[callee.property.name='apply'][arguments.length=2]",
          message: '.apply(this, list) passes every item as an argument, like a spread: use a loop.',
        },
      ],
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
