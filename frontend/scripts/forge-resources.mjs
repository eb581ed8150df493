// After the Forge build (vite.forge.config.ts, into target/forge-build): makes every page its own Custom UI
// resource, target/classes/forge/<page>/ with index.html and the assets it loads (a resource may load nothing
// outside its directory), checks what Forge's CSP allows and the size budgets (scripts/budgets.mjs), and
// removes the build directory. The manifest's resources[].path is target/classes/forge/<page>.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allFilesOf, entriesOf, filesOf, gzippedSize, overBudget } from './budgets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const built = resolve(here, '../../target/forge-build');
const resources = resolve(here, '../../target/classes/forge');

/** What would break a page served by Forge: the CSP's rules and URLs that leave the resource's directory. */
export function problemsOf(html, page, exists) {
  const problems = [];
  if (html.includes('connect-cdn.atl-paas.net')) problems.push('loads Connect’s all.js');
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    if (!/\ssrc="/.test(tag)) problems.push(`has an inline script: ${tag}`);
  }
  for (const [, attribute, url] of html.matchAll(/\s(src|href)="([^"]*)"/g)) {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(url)) problems.push(`${attribute} is not relative to the resource: ${url}`);
    else if (!exists(url)) problems.push(`${attribute} names a file the resource lacks: ${url}`);
  }
  if (/\sstyle="/.test(html)) problems.push('has an inline style attribute');
  return problems.map((problem) => `forge/${page}/index.html ${problem}`);
}

function main() {
  const manifest = JSON.parse(readFileSync(join(built, '.vite/manifest.json'), 'utf8'));
  rmSync(resources, { recursive: true, force: true });
  const problems = [];
  const sizes = {};
  for (const entry of entriesOf('forge')) {
    const page = basename(entry, '.html');
    const target = join(resources, page);
    if (!manifest[entry]?.isEntry) {
      problems.push(`${entry}: not built`);
      sizes[entry] = { size: 0, files: 0 };
      continue;
    }
    for (const file of allFilesOf(manifest, entry)) {
      mkdirSync(dirname(join(target, file)), { recursive: true });
      copyFileSync(join(built, file), join(target, file));
      // Vite writes relative URLs for base './'; an absolute one would point outside the resource.
      if (/\.(js|css)$/.test(file) && /["'`(]\/assets\//.test(readFileSync(join(built, file), 'utf8'))) {
        problems.push(`forge/${page}/${file} names an absolute /assets/ URL`);
      }
    }
    // The shell was built at pages/<page>.html; in the resource it is index.html beside assets/.
    const html = readFileSync(join(built, entry), 'utf8').replaceAll('"../assets/', '"./assets/');
    problems.push(...problemsOf(html, page, (url) => existsSync(join(target, url.split(/[?#]/)[0]))));
    writeFileSync(join(target, 'index.html'), html);
    const loaded = filesOf(manifest, entry, { dynamic: true });
    sizes[entry] = { size: gzippedSize(built, loaded), files: loaded.length };
  }
  rmSync(built, { recursive: true, force: true });
  const over = overBudget('forge/', sizes);
  for (const problem of problems) console.error(problem);
  if (over || problems.length > 0) {
    console.error(over ? 'size budget exceeded (or a page is missing)' : 'a Forge resource breaks the Custom UI rules');
    process.exit(1);
  }
  console.log(`Forge resources written to ${resources}; size budgets met`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
