// Size budget of every entry (its JavaScript and CSS with every chunk it loads, gzipped): the build fails when a
// page grows past it. A page's Connect form (scripts/copy-bridge.mjs) and Forge form (scripts/forge-resources.mjs)
// have the same budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Room for the messages of one language besides English, which a page loads on demand for a German user (about
 * 16 KB gzipped now, every page's texts in one file, and growing with the app's texts: about 930 keys since the
 * questionnaires, checklists, calendars, digest and gadget came; the Forge form counts it, as every chunk our code
 * imports on demand), and for English's own share of the same texts in every page (about 14 KB).
 */
const LANGUAGE = 30 * 1024;

export const budgets = {
  'pages/getting-started.html': 30 * 1024 + LANGUAGE,
  'pages/preview.html': 30 * 1024 + LANGUAGE,
  'pages/admin.html': 44 * 1024 + LANGUAGE, // with the questionnaire editor of a relationship (its Forge form: 61 KB)
  'pages/satisfaction-policy.html': 34 * 1024 + LANGUAGE, // with the site's questionnaire editor (its Forge form: 52 KB)
  'pages/relationship-matrix.html': 40 * 1024 + LANGUAGE,
  'pages/quarterly-review.html': 40 * 1024 + LANGUAGE, // the review with its edit forms; the macro shows the same review read-only
  'pages/matrix-macro.html': 60 * 1024 + LANGUAGE, // the Confluence macro: under 60 KB with every shared chunk
  'pages/matrix-macro-editor.html': 35 * 1024 + LANGUAGE, // its Forge form: 51 KB with @forge/bridge and both languages
  'pages/issue-panel.html': 100 * 1024, // Jira issue view panels: Jira loads them with every issue
  'pages/issue-context.html': 100 * 1024,
  // Jira's dashboard gadget "My internal customers": a list with people by name (25 KB); its Forge form 51 KB with
  // @forge/bridge and both languages
  'pages/dashboard-gadget.html': 35 * 1024 + LANGUAGE,
  // Forge's global page: the router, with both pages it loads on demand (a sub-page loads one) and the Forge door
  'pages/global-page.html': 70 * 1024 + LANGUAGE,
};

/**
 * Entries one build alone makes (vite.config.ts' PAGES and FORGE_PAGES): the preview host and the pages Forge
 * shows as sub-pages of its global page are Connect's, the global page is Forge's. Every other page is both's.
 */
const onlyIn = {
  'pages/preview.html': 'connect',
  'pages/relationship-matrix.html': 'connect',
  'pages/quarterly-review.html': 'connect',
  'pages/global-page.html': 'forge',
};

/** The entries a build ('connect' or 'forge') makes, each with its budget. */
export const entriesOf = (build) => Object.keys(budgets).filter((entry) => (onlyIn[entry] ?? build) === build);

/**
 * The files an entry loads, from Vite's build manifest: its chunk, its CSS and the chunks it imports. With
 * `dynamic`, also what our own code imports on demand (the Forge door, which a Forge page always loads);
 * a library's own on-demand imports (@forge/bridge's iframe-resizer, for ADF iframes we never render) are
 * not loaded, so not counted.
 */
export function filesOf(manifest, key, { dynamic = false } = {}, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return [];
  seen.add(key);
  const more = [...(chunk.imports ?? []), ...(dynamic ? (chunk.dynamicImports ?? []).filter((k) => k.startsWith('src/')) : [])];
  return [...new Set([chunk.file, ...(chunk.css ?? []), ...more.flatMap((k) => filesOf(manifest, k, { dynamic }, seen))])];
}

/** Every file an entry may ever ask for: what filesOf counts, plus on-demand chunks and assets at any depth. */
export function allFilesOf(manifest, key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return [];
  seen.add(key);
  const more = [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])];
  return [...new Set([chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? []), ...more.flatMap((k) => allFilesOf(manifest, k, seen))])];
}

export const gzippedSize = (dir, files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);

/** Prints each entry's size against its budget; true when one is over (or missing: no files). */
export function overBudget(label, sizes) {
  let over = false;
  for (const [entry, { size, files }] of Object.entries(sizes)) {
    const budget = budgets[entry];
    console.log(`size budget: ${label}${entry} ${size} B gzipped of ${budget} B (${files} files)`);
    if (files === 0 || size > budget) over = true;
  }
  return over;
}
