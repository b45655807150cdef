// Flat config: strict TypeScript rules everywhere, and the pure service may not import the
// connection package (it must stay usable from the CLI and from tests without a connection).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'test/fixtures/**', 'examples/**', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '.ci/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
  {
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode-languageserver', 'vscode-languageserver/*'], message: 'The service is pure: import vscode-languageserver-types / -textdocument only.' },
          { group: ['vscode', 'vscode-languageclient', 'vscode-languageclient/*'], message: 'The service must not depend on the editor.' },
          { group: ['fs', 'node:*', 'path', 'child_process'], message: 'The service is pure: Node specifics are passed in by server/src/node.' },
        ],
      }],
    },
  },
);
