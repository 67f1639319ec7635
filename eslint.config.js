import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'apps/web/dist', 'data', 'migrations', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through platform/config only.' }],
    },
  },
  {
    files: ['platform/config/**', 'scripts/**', 'e2e/**', 'bench/**', '*.config.*', 'apps/web/vite.config.ts', 'platform/testing/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
