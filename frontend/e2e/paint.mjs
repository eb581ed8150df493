// Times a module from its iframe starting to load until it is painted. The iframe's own performance clock
// starts when its navigation starts; the page marks `icr-ready` when its data is rendered and `icr-painted`
// in a task queued from the next animation frame, that is once that frame is painted. Then the whole table
// (big ones render their first rows first). Prints one line. Usage: node e2e/paint.mjs <host page url>
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../node_modules/atlassian-connect-js/dist');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.route('https://connect-cdn.atl-paas.net/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = path === '/all.js' ? 'iframe.js' : path.slice(1);
    try {
      route.fulfill({ status: 200, contentType: file.endsWith('.css') ? 'text/css' : 'application/javascript', body: readFileSync(resolve(dist, file)) });
    } catch {
      route.fulfill({ status: 404, body: '' });
    }
  });
  const page = await context.newPage();
  await page.goto(process.argv[2], { waitUntil: 'load' });
  const frame = await (await page.waitForSelector('iframe', { timeout: 30000 })).contentFrame();
  await frame.waitForSelector('[data-ready=true]', { timeout: 30000 });
  const timing = await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    done({ ready: mark('icr-ready'), painted: mark('icr-painted') ?? performance.now(), cells: document.querySelectorAll('td').length });
  })));
  // Big matrices render their first rows at once and the rest in chunks: time the whole table too.
  await frame.waitForSelector('table[data-complete=true]', { timeout: 60000 });
  const complete = await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() =>
    done({ painted: performance.now(), cells: document.querySelectorAll('td').length }))));
  const ready = timing.ready === null ? 'no icr-ready mark' : `${timing.ready.toFixed(0)} ms to rendered`;
  process.stdout.write(`${ready}, ${timing.painted.toFixed(0)} ms to first paint, `
    + `${complete.painted.toFixed(0)} ms to all painted (${complete.cells} cells)\n`);
} finally {
  await browser.close();
}
