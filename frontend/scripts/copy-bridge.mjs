// After `vite build`: moves the HTML shells out of the public static folder (the app serves them behind a
// page JWT) and copies the real Connect bridge files that the preview host page and demo site load.
import { copyFileSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

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

// Size budget of every entry's own JavaScript (gzipped): the build fails when a page grows past it.
const budgets = { 'getting-started': 30 * 1024, preview: 30 * 1024 };
const assets = join(classes, 'static/assets');
let over = false;
for (const [entry, budget] of Object.entries(budgets)) {
  const files = readdirSync(assets).filter((f) => f.startsWith(entry) && f.endsWith('.js'));
  const size = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0);
  if (files.length === 0 || size > budget) {
    console.error(`size budget: ${entry} is ${size} bytes gzipped (budget ${budget})`);
    over = true;
  }
}
if (over) process.exit(1);
console.log('pages and bridge copied; size budgets met');
