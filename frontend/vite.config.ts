import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// One HTML entry per Connect module, named like its descriptor key. The HTML shells end up in
// target/classes/pages (served behind a page JWT by the app), the assets in target/classes/static.
export default defineConfig({
  root: __dirname,
  base: '/',
  build: {
    outDir: resolve(__dirname, '../target/classes/static'),
    emptyOutDir: true,
    sourcemap: false,
    manifest: true,
    rollupOptions: {
      input: {
        'getting-started': resolve(__dirname, 'pages/getting-started.html'),
        admin: resolve(__dirname, 'pages/admin.html'),
        'satisfaction-policy': resolve(__dirname, 'pages/satisfaction-policy.html'),
        'relationship-matrix': resolve(__dirname, 'pages/relationship-matrix.html'),
        'quarterly-review': resolve(__dirname, 'pages/quarterly-review.html'),
        'matrix-macro': resolve(__dirname, 'pages/matrix-macro.html'),
        'matrix-macro-editor': resolve(__dirname, 'pages/matrix-macro-editor.html'),
        preview: resolve(__dirname, 'pages/preview.html'),
        'issue-panel': resolve(__dirname, 'pages/issue-panel.html'),
        'issue-context': resolve(__dirname, 'pages/issue-context.html'),
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
});
