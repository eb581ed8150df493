// Opens a host page in headless Chromium, the way Jira or Confluence shows our iframe, and reports what the
// user sees. The all.js request goes to atlassian-connect-js's dist/iframe.js, as a real page loads it
// from Atlassian's CDN. Input: a JSON spec file (argv[2]); output: a JSON report on stdout.
//
// spec: { url, waitFor, screenshot, themes?: ["light","dark"], themeSelect?: "#theme", timeoutMs?,
//         click?: { selector, waitFor },   (clicked inside our iframe after the first view; text read after)
//         probes?: [selector],             (counted inside our iframe in every view and snapshot: counts)
//         steps?: [{ do: "click"|"select"|"fill"|"waitFor"|"scroll"|"frame"|"theme"|"snapshot", selector?, value?, name? }] }
//   steps run in order after the views (and the click), inside our iframe: select chooses an option by value
//   or label, fill types into a field, scroll brings an element into view, frame moves on to the iframe whose
//   URL contains value (the host replaced ours, as Confluence shows the macro after its editor saves), theme
//   switches the host's theme, snapshot reads the page and screenshots it as <screenshot>-<name>.png into
//   report.steps.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const dist = resolve(here, '../node_modules/atlassian-connect-js/dist');
const timeout = spec.timeoutMs ?? 20000;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
    '--no-first-run', '--disable-component-update', '--disable-sync'],
});
const report = { consoleErrors: [], pageErrors: [], failedRequests: [], views: [] };
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  // Atlassian's CDN, answered from the same npm package it publishes: all.js is dist/iframe.js, and the
  // theme and surface stylesheets the bridge loads for light and dark mode are under dist/.
  await context.route('https://connect-cdn.atl-paas.net/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = path === '/all.js' ? 'iframe.js' : path.slice(1);
    try {
      const body = readFileSync(resolve(dist, file));
      route.fulfill({ status: 200, contentType: file.endsWith('.css') ? 'text/css' : 'application/javascript', body });
    } catch {
      route.fulfill({ status: 404, body: 'not in atlassian-connect-js' });
    }
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') report.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => report.pageErrors.push(String(error)));
  // Markup that became script would show itself here: nothing of ours opens a dialog.
  page.on('dialog', (dialog) => {
    report.pageErrors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('requestfailed', (request) => report.failedRequests.push(`${request.failure()?.errorText} ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) report.failedRequests.push(`${response.status()} ${response.url()}`);
  });

  const started = Date.now();
  await page.goto(spec.url, { waitUntil: 'load', timeout });
  const frameElement = await page.waitForSelector('iframe', { timeout });
  let frame = await frameElement.contentFrame();
  await frame.waitForSelector(spec.waitFor, { timeout });
  report.readyAfterMs = Date.now() - started;

  let theme = 'light';
  const switchTheme = async (mode) => {
    if (spec.themeSelect) {
      await page.selectOption(spec.themeSelect, mode);
    } else {
      await page.evaluate((m) => document.documentElement.setAttribute('data-color-mode', m), mode);
    }
    await frame.waitForFunction((m) => document.documentElement.getAttribute('data-color-mode') === m, mode, { timeout });
    theme = mode;
    await page.waitForTimeout(300);
  };
  const read = (probes) =>
    frame.evaluate((selectors) => ({
      text: document.body.innerText,
      colorMode: document.documentElement.getAttribute('data-color-mode'),
      background: getComputedStyle(document.body).backgroundColor,
      color: getComputedStyle(document.body).color,
      ready: document.querySelector('[data-ready]')?.getAttribute('data-ready') ?? null,
      counts: Object.fromEntries(selectors.map((s) => [s, document.querySelectorAll(s).length])),
    }), probes);

  for (const mode of spec.themes ?? ['light']) {
    await switchTheme(mode);
    const view = await read(spec.probes ?? []);
    const file = spec.screenshot.replace('.png', `-${mode}.png`);
    await page.screenshot({ path: file, fullPage: true });
    report.views.push({ theme: mode, screenshot: file, ...view });
  }
  if (spec.click) {
    await frame.click(spec.click.selector, { timeout });
    await frame.waitForSelector(spec.click.waitFor, { timeout });
    await page.waitForTimeout(300);
    const file = spec.screenshot.replace('.png', '-clicked.png');
    await page.screenshot({ path: file, fullPage: true });
    report.clicked = { screenshot: file, text: await frame.evaluate(() => document.body.innerText) };
  }
  if (spec.steps) report.steps = [];
  for (const step of spec.steps ?? []) {
    switch (step.do) {
      case 'click':
        await frame.click(step.selector, { timeout });
        break;
      case 'select':
        await frame.selectOption(step.selector, step.value, { timeout });
        break;
      case 'fill':
        await frame.fill(step.selector, step.value, { timeout });
        break;
      case 'waitFor':
        await frame.waitForSelector(step.selector, { timeout });
        break;
      case 'type':
        await frame.locator(step.selector).first().pressSequentially(step.value, { delay: 40, timeout });
        break;
      case 'press':
        await frame.locator(step.selector).first().press(step.value, { timeout });
        break;
      case 'scroll':
        await frame.locator(step.selector).first().scrollIntoViewIfNeeded({ timeout });
        break;
      case 'frame': {
        const deadline = Date.now() + timeout;
        let next;
        while (!(next = page.frames().find((f) => f !== page.mainFrame() && !f.isDetached() && f.url().includes(step.value)))) {
          if (Date.now() > deadline) throw new Error(`no iframe with ${step.value} in its URL`);
          await page.waitForTimeout(100);
        }
        frame = next;
        break;
      }
      case 'theme':
        await switchTheme(step.value);
        break;
      case 'snapshot': {
        await page.waitForTimeout(300);
        const view = await read(spec.probes ?? []);
        const file = spec.screenshot.replace('.png', `-${step.name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        report.steps.push({ name: step.name, theme, screenshot: file, ...view });
        break;
      }
      default:
        throw new Error(`unknown step ${JSON.stringify(step)}`);
    }
  }
} catch (error) {
  report.error = String(error);
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(report));
