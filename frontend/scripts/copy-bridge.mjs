// After `vite build`: moves the HTML shells out of the public static folder (the app serves them behind a
// page JWT) and copies the real Connect bridge files that the preview host page and demo site load.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const classes = resolve(here, '../../target/classes');
const built = join(classes, 'static/pages');
const pages = join(classes, 'pages');
mkdirSync(pages, { recursive: true });
for (const file of readdirSync(built)) {
  if (file.endsWith('.html')) renameSync(join(built, file), join(pages, file));
}

const preview = join(classes, 'static/preview');
mkdirSync(preview, { recursive: true });
const acjs = resolve(here, '../node_modules/atlassian-connect-js/dist');
copyFileSync(join(acjs, 'connect-host.js'), join(preview, 'connect-host.js'));
copyFileSync(join(acjs, 'connect-host.css'), join(preview, 'connect-host.css'));
copyFileSync(join(acjs, 'iframe.js'), join(preview, 'all.js'));
copyFileSync(join(acjs, 'themes/atlaskit-tokens_light.css'), join(preview, 'tokens-light.css'));
copyFileSync(join(acjs, 'themes/atlaskit-tokens_dark.css'), join(preview, 'tokens-dark.css'));
copyFileSync(resolve(here, '../node_modules/jquery/dist/jquery.min.js'), join(preview, 'jquery.js'));

// Size budget of every entry (its JavaScript and CSS with every chunk it imports, gzipped): the build fails
// when a page grows past it.
const budgets = {
  'pages/getting-started.html': 30 * 1024,
  'pages/preview.html': 30 * 1024,
  'pages/admin.html': 40 * 1024,
  'pages/satisfaction-policy.html': 30 * 1024,
  'pages/relationship-matrix.html': 40 * 1024,
  'pages/quarterly-review.html': 40 * 1024, // the review with its edit forms; the macro shows the same review read-only
  'pages/matrix-macro.html': 60 * 1024, // the Confluence macro: under 60 KB with every shared chunk
  'pages/matrix-macro-editor.html': 30 * 1024,
  'pages/issue-panel.html': 100 * 1024, // Jira issue view panels: Jira loads them with every issue
  'pages/issue-context.html': 100 * 1024,
};
const manifest = JSON.parse(readFileSync(join(classes, 'static/.vite/manifest.json'), 'utf8'));
rmSync(join(classes, 'static/.vite'), { recursive: true }); // build metadata, not for the public
function filesOf(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return [];
  seen.add(key);
  return [chunk.file, ...(chunk.css ?? []), ...(chunk.imports ?? []).flatMap((k) => filesOf(k, seen))];
}
let over = false;
for (const [entry, budget] of Object.entries(budgets)) {
  const files = [...new Set(filesOf(entry))];
  const size = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(classes, 'static', f))).length, 0);
  console.log(`size budget: ${entry} ${size} B gzipped of ${budget} B (${files.length} files)`);
  if (files.length === 0 || size > budget) over = true;
}
if (over) {
  console.error('size budget exceeded (or an entry is missing)');
  process.exit(1);
}
console.log('pages and bridge copied; size budgets met');
