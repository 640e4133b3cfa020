// Lint: typescript-eslint's recommended rules, and the layering rule that keeps the language service
// pure (no vscode, no LSP connection, no Node built-ins) so it runs in the server, the CLI, a web
// worker and the tests.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'bench/.corpus/**', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['vscode', 'vscode-languageserver', 'vscode-languageserver/node', 'vscode-languageclient'],
        patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'util', 'events', 'stream'], message: 'The language service is pure: no Node built-ins.' }],
      }],
    },
  },
);
