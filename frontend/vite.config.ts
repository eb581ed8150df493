import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// One HTML entry per Connect module, named like its descriptor key. The HTML shells end up in
// target/classes/pages (served behind a page JWT by the app), the assets in target/classes/static.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: {
    outDir: resolve(import.meta.dirname, '../target/classes/static'),
    emptyOutDir: true,
    sourcemap: false,
    manifest: true,
    rollupOptions: {
      input: {
        'getting-started': resolve(import.meta.dirname, 'pages/getting-started.html'),
        admin: resolve(import.meta.dirname, 'pages/admin.html'),
        'satisfaction-policy': resolve(import.meta.dirname, 'pages/satisfaction-policy.html'),
        'relationship-matrix': resolve(import.meta.dirname, 'pages/relationship-matrix.html'),
        'quarterly-review': resolve(import.meta.dirname, 'pages/quarterly-review.html'),
        'matrix-macro': resolve(import.meta.dirname, 'pages/matrix-macro.html'),
        'matrix-macro-editor': resolve(import.meta.dirname, 'pages/matrix-macro-editor.html'),
        preview: resolve(import.meta.dirname, 'pages/preview.html'),
        'issue-panel': resolve(import.meta.dirname, 'pages/issue-panel.html'),
        'issue-context': resolve(import.meta.dirname, 'pages/issue-context.html'),
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    // Worker threads rather than child processes: each test file still gets its own jsdom, started faster.
    pool: 'threads',
  },
});
