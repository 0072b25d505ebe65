// One lint config for the whole workspace. Besides the usual checks it enforces the package
// boundaries from DESIGN.md: only core touches db; the browser apps import nothing server-only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const serverOnly = [
  '@balie/db',
  '@balie/core',
  '@balie/nlp',
  '@balie/channels',
  'node:*',
  'pg',
  '@electric-sql/pglite',
  'drizzle-orm',
  'drizzle-orm/*',
  'fastify',
  'pino',
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '.test-output/**', 'packages/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        Buffer: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        NodeJS: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@balie/db', '@balie/db/*'], message: 'Only @balie/core may use the database.' }] },
      ],
    },
  },
  {
    files: ['packages/core/**', 'packages/db/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['apps/web/**', 'apps/widget/**', 'packages/contracts/**'],
    // Unit tests beside browser code run in node (node:test).
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: serverOnly, message: 'Browser code (and the contracts it shares) may not import server-only packages.' },
          ],
        },
      ],
    },
  },
);
