import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { FORGE_PAGES, forgeBridgeFiles } from './vite.config.ts';

// The pages as Forge Custom UI resources (FORGE_PAGES: Jira's global page is the router page): Atlassian serves each one from its own directory under an
// app-specific path, with its own CSP (scripts from the resource only, none inline, none external). Hence
// relative URLs (`base: './'`) and shells without Connect's all.js. This build writes to target/forge-build;
// scripts/forge-resources.mjs then gives every page its own target/classes/forge/<page>/ (index.html and
// the assets it loads), checks those rules and the size budgets.

/** The Connect shells, less what a Forge page may not or need not load: all.js from Atlassian's CDN. */
function forgeShells(): Plugin {
  return {
    name: 'icr-forge-shells',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html
          .replace(/[ \t]*<script\b[^>]*\ssrc="https:\/\/connect-cdn\.atl-paas\.net\/[^"]*"[^>]*><\/script>\n?/g, '')
          // a data: URL, which Forge's CSP does not list for images
          .replace(/[ \t]*<link rel="icon" href="data:," \/>\n?/g, ''),
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  mode: 'forge',
  // the icons and the preview's files are the app's, served by it; a Custom UI page loads none of them
  publicDir: false,
  resolve: { alias: [forgeBridgeFiles] },
  plugins: [forgeShells()],
  build: {
    outDir: resolve(import.meta.dirname, '../target/forge-build'),
    emptyOutDir: true,
    sourcemap: false,
    manifest: true,
    rollupOptions: {
      input: Object.fromEntries(FORGE_PAGES.map((name) => [name, resolve(import.meta.dirname, `pages/${name}.html`)])),
    },
  },
});
