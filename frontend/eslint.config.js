// ESLint's and typescript-eslint's recommended rules; TypeScript with its type information (tsconfig.json).
// `npm test` runs it before Vitest, and so does `./mvnw test`.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // the Vite configs are outside tsconfig.json's "src": checked on its own, with tsconfig.json's options
        projectService: { allowDefaultProject: ['vite.config.ts', 'vite.forge.config.ts'], defaultProject: 'tsconfig.json' },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/**/*.ts', 'public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright scripts: the callbacks they give evaluate() run in the page
    files: ['e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // expect(mock).toHaveBeenCalled() takes a vi.fn() off its object without calling it: no `this` to lose
    files: ['src/**/*.test.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
);
