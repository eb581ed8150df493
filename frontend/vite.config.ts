import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Test files that mock @forge/bridge, or load it once window.__bridge is there, or mock the German messages:
 * each runs on its own.
 */
const ISOLATED = ['src/api/client.forge.test.ts', 'src/preview/forge-host.bridge.test.ts', 'src/i18n/fallback.test.ts'];

/**
 * The app's pages, one HTML entry each, named like the Connect descriptor's key and the Forge manifest's
 * resource. vite.forge.config.ts builds FORGE_PAGES, below, as Custom UI resources.
 */
export const PAGES = [
  'getting-started',
  'admin',
  'satisfaction-policy',
  'relationship-matrix',
  'quarterly-review',
  'matrix-macro',
  'matrix-macro-editor',
  'issue-panel',
  'issue-context',
  'dashboard-gadget',
] as const;

/**
 * The pages vite.forge.config.ts builds as Forge Custom UI resources (manifest.yml's resources): the same, except
 * that Forge allows Jira one global page with one resource. There the Forge-only `global-page` takes the place of
 * the relationship matrix and the quarterly review: it shows one or the other by the route of its sub-page, and
 * their modules, which it loads on demand, are part of its resource.
 */
export const FORGE_PAGES = [
  'getting-started',
  'admin',
  'satisfaction-policy',
  'global-page',
  'matrix-macro',
  'matrix-macro-editor',
  'issue-panel',
  'issue-context',
  'dashboard-gadget',
] as const;

const page = (name: string) => resolve(import.meta.dirname, `pages/${name}.html`);

/**
 * @forge/bridge's own files (its package exports only its index, which loads the whole bridge): src/api/forge.ts
 * imports the two it calls. tsconfig.json maps the same path for the types.
 */
export const forgeBridgeFiles = { find: /^@forge\/bridge\/out\//, replacement: `${resolve(import.meta.dirname, 'node_modules/@forge/bridge/out')}/` };

// One HTML entry per Connect module, plus the preview host and the preview's Forge stand-in. The HTML shells
// end up in target/classes/pages (served behind a page JWT by the app), the assets in target/classes/static.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  resolve: { alias: [forgeBridgeFiles] },
  build: {
    outDir: resolve(import.meta.dirname, '../target/classes/static'),
    emptyOutDir: true,
    sourcemap: false,
    manifest: true,
    rollupOptions: {
      input: {
        ...Object.fromEntries(PAGES.map((name) => [name, page(name)])),
        preview: page('preview'),
        // the preview's stand-in of Forge's __bridge, at a fixed URL the preview's Forge pages load first
        'forge-host': resolve(import.meta.dirname, 'src/preview/forge-host-main.ts'),
      },
      output: { entryFileNames: (chunk) => (chunk.name === 'forge-host' ? 'preview/forge-host.js' : 'assets/[name]-[hash].js') },
    },
  },
  test: {
    environment: 'jsdom',
    // Worker threads rather than child processes, and test files share their worker's jsdom (a third of the
    // time: starting a jsdom per file was most of the run); src/test-setup.ts empties the document after each test.
    // A page's entry (main.test.ts) is loaded afresh with vi.resetModules, which would hand the files after it
    // new copies of the modules they share: those run isolated.
    pool: 'threads',
    setupFiles: ['src/test-setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['src/**/*.test.ts'], exclude: ['src/pages/*/main.test.ts', ...ISOLATED], isolate: false },
      },
      { extends: true, test: { name: 'entries', include: ['src/pages/*/main.test.ts', ...ISOLATED], isolate: true } },
    ],
  },
});
