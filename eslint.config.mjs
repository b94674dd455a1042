// Lint: the core must stay free of `vscode` so it runs (and is tested) in plain Node and the CLI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'media/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', {
        selector: "AssignmentExpression[left.property.name='innerHTML'], AssignmentExpression[left.property.name='outerHTML']",
        message: 'Render agent text as text: never assign innerHTML/outerHTML.',
      }, {
        selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
        message: 'Render agent text as text: never insertAdjacentHTML.',
      }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts', 'src/shim/**/*.ts', 'src/webview/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core, the CLI, the shim, the webview and shared code must not import vscode.' }],
        patterns: [{ group: ['**/extension', '../commands/*', '../panel/*', '../gate/*'], message: 'Core code must not import the extension glue.' }],
      }],
    },
  },
  {
    // Node scripts (.mjs: scripts/, test/e2e/); `window`/`document` appear inside page.evaluate callbacks.
    files: ['**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(['process', 'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'fetch', 'URL',
        'URLSearchParams', 'Buffer', 'AbortController', 'TextDecoder', 'TextEncoder', 'structuredClone', 'window', 'document'].map((g) => [g, 'readonly'])),
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'document', message: 'core runs in Node' }, { name: 'window', message: 'core runs in Node' }],
    },
  },
);
