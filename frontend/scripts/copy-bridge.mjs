// After the Connect build (`vite build --mode connect`): moves the HTML shells out of the public static folder
// (the app serves them behind a page JWT), copies the real Connect bridge files that the preview host page and
// demo site load, and checks the size budgets (scripts/budgets.mjs).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entriesOf, filesOf, gzippedSize, overBudget } from './budgets.mjs';

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

// The preview's Forge stand-in (src/preview/forge-host-main.ts) loads before a Forge page's own module, as a
// classic script or a module: it must import nothing.
if (/(^|[;}\s])import\s*[\w{*("'`]/.test(readFileSync(join(preview, 'forge-host.js'), 'utf8'))) {
  console.error('static/preview/forge-host.js imports a chunk: keep src/preview/forge-host*.ts self-contained');
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(join(classes, 'static/.vite/manifest.json'), 'utf8'));
rmSync(join(classes, 'static/.vite'), { recursive: true }); // build metadata, not for the public
const sizes = Object.fromEntries(
  entriesOf('connect').map((entry) => {
    const files = filesOf(manifest, entry);
    return [entry, { size: gzippedSize(join(classes, 'static'), files), files: files.length }];
  }),
);
const over = overBudget('', sizes);
if (over) {
  console.error('size budget exceeded (or an entry is missing)');
  process.exit(1);
}
console.log('pages and bridge copied; size budgets met');
