// @vitest-environment node
// manifest.yml, the Forge front door: valid for Forge's own validators, in step with atlassian-connect.json, with the
// backend's routes and with the pages the frontend builds. Each check is also run on a broken copy, to show it bites.
import { ProcessorBuilder, ProductTriggerScopesValidator, ValidationTypes, type MappingConfig } from '@forge/manifest';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  COUNTERPARTS,
  ICONS,
  counterpartDifferences,
  counterpartProblems,
  forgeTexts,
  globalPageProblems,
  pagesBuilt,
  parseConnect,
  parseForge,
  resourceProblems,
  routeProblems,
  translationFileProblems,
  translationProblems,
  type ForgeManifest,
  type Translations,
} from './doors';
import { withTheSharedSetUpsDocument } from './node-environment';
import { GLOBAL_PAGE, ROUTED_PAGES } from '../pages/global-page/routes';

withTheSharedSetUpsDocument();

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const manifestText = readFileSync(join(root, 'manifest.yml'), 'utf8');
const manifest = (): ForgeManifest => parseForge(manifestText);
const connect = () => parseConnect(readFileSync(join(root, 'atlassian-connect.json'), 'utf8'));
const viteConfig = readFileSync(join(root, 'frontend/vite.config.ts'), 'utf8');
const translations = (locale: string) => JSON.parse(readFileSync(join(root, `locales/${locale}.json`), 'utf8')) as Translations;
const languages = () => ({ 'en-US': translations('en-US'), 'de-DE': translations('de-DE') });

function modules(of: ForgeManifest, type: string) {
  const entries = of.modules[type];
  if (!entries) throw new Error(`the manifest has no ${type}`);
  return entries;
}

function module(of: ForgeManifest, type: string, key: string) {
  const found = modules(of, type).find((entry) => entry.key === key);
  if (!found) throw new Error(`the manifest has no ${type} ${key}`);
  return found;
}

// What `forge lint` checks without a login, from @forge/manifest: the schema and the validators behind it (the full
// set, which holds those of remote calls and permissions), and the scopes the product events need. The schema is
// compiled once, when this file loads: that takes seconds, a validation then a fraction of one.
const forgeLint = ProcessorBuilder.instance().withValidation(ValidationTypes.FULL).build();
const forgeManifestPackage = dirname(createRequire(import.meta.url).resolve('@forge/manifest'));
const eventScopes = new ProductTriggerScopesValidator(
  JSON.parse(readFileSync(join(forgeManifestPackage, 'mapping/product-event-to-scope-mapping.json'), 'utf8')) as MappingConfig,
);

async function validate(file: string): Promise<string[]> {
  const result = await forgeLint.process(file);
  const events = await eventScopes.validate(result.manifestObject);
  const errors = [...(result.errors ?? []), ...(events.errors ?? [])].map((error) => `${error.level}: ${error.message}`);
  if (!result.success && errors.length === 0) errors.push('refused without a reason');
  return errors;
}

const scratch: string[] = [];
afterAll(() => scratch.forEach((directory) => rmSync(directory, { recursive: true, force: true })));

/**
 * An app directory holding the manifest and what it names, as `forge deploy` would find it: the function's code,
 * the icons, the translation files, and a stand-in index.html for each page the frontend builds (the tests do not
 * run the build), or the pages the build wrote. @forge/manifest reads translation files from the working directory
 * (`forge` runs in the app's), which these tests, in frontend/ on worker threads, cannot change: the copy of the
 * manifest names them by their absolute path in the app directory.
 */
function appWith(text: string, builtPages = false): string {
  const directory = mkdtempSync(join(tmpdir(), 'icr-forge-'));
  scratch.push(directory);
  const parsed = parseForge(text);
  for (const resource of parsed.translations?.resources ?? []) {
    if (existsSync(join(root, resource.path))) {
      mkdirSync(dirname(join(directory, resource.path)), { recursive: true });
      cpSync(join(root, resource.path), join(directory, resource.path));
    }
    resource.path = join(directory, resource.path);
  }
  writeFileSync(join(directory, 'manifest.yml'), parsed.translations ? stringify(parsed) : text);
  for (const resource of parsed.resources ?? []) {
    const target = join(directory, resource.path);
    if (builtPages && resource.path.startsWith('target/') && existsSync(join(root, resource.path))) {
      cpSync(join(root, resource.path), target, { recursive: true });
    } else if (resource.path.startsWith('target/')) {
      mkdirSync(target, { recursive: true });
      writeFileSync(join(target, 'index.html'), '<!doctype html><title>stand-in</title>');
    } else if (existsSync(join(root, resource.path))) {
      cpSync(join(root, resource.path), target, { recursive: true });
    }
  }
  for (const fn of parsed.modules.function ?? []) {
    const file = `src/${String(fn.handler).replace(/\.[\w-]+$/, '')}.js`;
    if (existsSync(join(root, file))) cpSync(join(root, file), join(directory, file));
  }
  return join(directory, 'manifest.yml');
}

function broken(change: (copy: ForgeManifest) => void): string {
  const copy = manifest();
  change(copy);
  return stringify(copy);
}

describe('manifest.yml against Forge’s own schema and validators', { timeout: 30_000 }, () => {
  it('passes them', async () => {
    expect(await validate(appWith(manifestText))).toEqual([]);
  });

  const built = manifest()
    .resources?.filter((resource) => resource.path.startsWith('target/'))
    .some((resource) => existsSync(join(root, resource.path)));

  it.skipIf(!built)('passes them with the pages the build wrote', async () => {
    expect(await validate(appWith(manifestText, true))).toEqual([]);
  });

  it.each([
    {
      breakage: 'a second global page',
      change: (copy: ForgeManifest) => {
        const pages = modules(copy, 'jira:globalPage');
        pages.push({ ...module(copy, 'jira:globalPage', 'icr-pages'), key: 'quarterly-review' });
      },
      refusal: 'Only a single entry of the jira:globalPage module',
    },
    {
      breakage: 'a second admin page in the sidebar',
      change: (copy: ForgeManifest) => {
        delete module(copy, 'jira:adminPage', 'satisfaction-policy').useAsConfig;
      },
      refusal: 'single entry that doesn’t include either useAsConfig or useAsGetStarted',
    },
    {
      breakage: 'an endpoint route without its path',
      change: (copy: ForgeManifest) => {
        Object.assign(module(copy, 'endpoint', 'icr-issue-events'), { route: {} });
      },
      refusal: "route must have required property 'path'",
    },
    {
      breakage: 'the system token asked for as a bare `true`',
      change: (copy: ForgeManifest) => {
        Object.assign(module(copy, 'endpoint', 'icr-hourly'), { auth: { appSystemToken: true } });
      },
      refusal: 'appSystemToken must be object',
    },
    {
      breakage: 'a trigger calling an endpoint that is not declared',
      change: (copy: ForgeManifest) => {
        module(copy, 'trigger', 'issue-created').endpoint = 'icr-events';
      },
      refusal: "references undefined endpoint module with key 'icr-events'",
    },
    {
      breakage: 'a trigger and an endpoint sharing a key',
      change: (copy: ForgeManifest) => {
        module(copy, 'scheduledTrigger', 'hourly').key = 'icr-hourly';
      },
      refusal: "duplicate module key 'icr-hourly'",
    },
    {
      breakage: 'issue events without the scope to read issues',
      change: (copy: ForgeManifest) => {
        copy.permissions = { scopes: (copy.permissions?.scopes ?? []).filter((scope) => scope !== 'read:jira-work') };
      },
      refusal: "'avi:jira:created:issue' requires 'read:jira-work'",
    },
    {
      breakage: 'a function whose file is missing',
      change: (copy: ForgeManifest) => {
        module(copy, 'function', 'macro-export').handler = 'forge/export.handler';
      },
      refusal: "cannot find associated file with name 'forge/export",
    },
    {
      breakage: 'a title whose key the English translations lack',
      change: (copy: ForgeManifest) => {
        module(copy, 'macro', 'relationship-matrix').title = { i18n: 'matrix-macro.heading' };
      },
      refusal: "i18n key 'matrix-macro.heading' could not be found in default locale file",
    },
    {
      breakage: 'a remote that stores data without saying whether it is in scope',
      change: (copy: ForgeManifest) => {
        delete copy.remotes?.[0]?.storage;
      },
      refusal: 'storage.inScopeEUD is required',
    },
  ])('refuses $breakage', async ({ change, refusal }) => {
    const errors = await validate(appWith(broken(change)));

    expect(errors.join('\n')).toContain(refusal);
  });
});

describe('the Forge and Connect modules', () => {
  it('each have their counterpart in the table, both ways', () => {
    expect(counterpartProblems(connect(), manifest())).toEqual([]);
  });

  it('declare the same titles, events and JQL index as their counterparts', () => {
    expect(counterpartDifferences(connect(), manifest(), translations('en-US'))).toEqual([]);
  });

  it('name a reason wherever one door has a module the other has not', () => {
    for (const row of COUNTERPARTS.filter((entry) => !entry.connect || !entry.forge)) expect(row.why).toBeTruthy();
  });

  it('are out of step when a page is added to Connect only', () => {
    const descriptor = connect();
    const jira = descriptor.products.jira?.modules.generalPages;
    if (!Array.isArray(jira)) throw new Error('no Jira pages');
    jira.push({ key: 'sponsor-notes', name: { value: 'Sponsor notes' } });

    expect(counterpartProblems(descriptor, manifest())).toEqual([
      'Connect module jira/generalPages/sponsor-notes has no Forge counterpart in the table',
    ]);
  });

  it('are out of step when a page is added to Forge only', () => {
    const copy = manifest();
    module(copy, 'jira:globalPage', 'icr-pages').pages?.push({ title: 'Sponsor notes', route: 'sponsor-notes' });
    modules(copy, 'jira:issuePanel').push({ key: 'sponsor-panel', title: 'Sponsor', resource: 'issue-panel' });

    expect(counterpartProblems(connect(), copy)).toEqual([
      'Forge module jira:issuePanel/sponsor-panel has no Connect counterpart in the table',
      'Forge module jira:globalPage/icr-pages#sponsor-notes has no Connect counterpart in the table',
    ]);
  });

  it('are out of step when a module of the table is removed from one door', () => {
    const copy = manifest();
    copy.modules.trigger = modules(copy, 'trigger').filter((trigger) => trigger.key !== 'issue-deleted');

    expect(counterpartProblems(connect(), copy)).toEqual(['the table names trigger/issue-deleted, which Forge lacks']);
  });

  it('differ when a title, an event or an indexed field changes on one side', () => {
    const copy = manifest();
    module(copy, 'jira:adminPage', 'icr-admin').title = 'ICR';
    module(copy, 'trigger', 'issue-updated').events = ['avi:jira:created:issue'];
    const rating = module(copy, 'jira:entityProperty', 'internal-request-index').values?.find((v) => v.path === 'rating');
    if (!rating) throw new Error('no rating in the index');
    rating.searchAlias = 'rating';

    expect(counterpartDifferences(connect(), copy, translations('en-US'))).toEqual([
      'jira:adminPage/icr-admin is titled "ICR", jira/adminPages/icr-admin "Internal Customer Relationships"',
      'jira:adminPage/icr-admin translates its title by undefined, jira/adminPages/icr-admin by app.name',
      expect.stringContaining('jira:entityProperty/internal-request-index indexes'),
      'trigger/issue-updated listens to avi:jira:created:issue, jira/webhooks/issue-updated to jira:issue_updated',
    ]);
  });
});

describe('the translations of the modules’ titles and descriptions', () => {
  it('are keys of the English and the German file on both doors, with Connect’s English the same as the file’s', () => {
    expect(forgeTexts(manifest()).size).toBeGreaterThan(10);
    expect(Object.keys(translations('de-DE')).sort()).toEqual(Object.keys(translations('en-US')).sort());
    expect(translationProblems(connect(), manifest(), languages())).toEqual([]);
  });

  it('are told apart from a plain title, a key German lacks and a Connect name without a key', () => {
    const copy = manifest();
    module(copy, 'jira:adminPage', 'icr-admin').title = 'ICR';
    module(copy, 'macro', 'relationship-matrix').description = { i18n: 'matrix-macro.summary' };
    const descriptor = connect();
    const pages = descriptor.products.jira?.modules.generalPages;
    if (!Array.isArray(pages) || !pages[0]) throw new Error('no Jira pages');
    pages[0].name = { value: 'Relationship matrix' };
    const german = { ...translations('de-DE') };
    delete german['quarterly-review.name'];

    expect(translationProblems(descriptor, copy, { 'en-US': translations('en-US'), 'de-DE': german })).toEqual([
      'jira:adminPage/icr-admin.title is not translated: "ICR"',
      'jira:globalPage/icr-pages#quarterly-review.title: quarterly-review.name has no de-DE translation',
      'macro/relationship-matrix.description: matrix-macro.summary has no en-US translation',
      'macro/relationship-matrix.description: matrix-macro.summary has no de-DE translation',
      'jira.generalPages[0].name is not translated: "Relationship matrix"',
      'jira.generalPages[1].name: quarterly-review.name has no de-DE translation',
    ]);
  });

  it('come from the same files on both doors: Forge reads locales/, the app serves them to Connect', () => {
    expect(manifest().translations).toEqual({
      resources: [
        { key: 'en-US', path: 'locales/en-US.json' },
        { key: 'de-DE', path: 'locales/de-DE.json' },
      ],
      fallback: { default: 'en-US' },
    });
    expect(translationFileProblems(connect(), manifest())).toEqual([]);
    // the Maven build copies them as they are onto the class path, where the app serves /i18n/<locale>.json from
    // (DescriptorTranslationsTest compares what it serves with these files)
    const pom = readFileSync(join(root, 'pom.xml'), 'utf8');
    expect(pom).toMatch(/<directory>\$\{project\.basedir\}\/locales<\/directory>\s*<targetPath>locales<\/targetPath>/);
  });

  it('are told apart when the doors read different files', () => {
    const copy = manifest();
    const descriptor = connect();
    copy.translations?.resources.push({ key: 'fr-FR', path: 'src/i18n/fr.json' });
    if (descriptor.translations) descriptor.translations.paths['ja-JP'] = '/i18n/ja-JP.json';

    expect(translationFileProblems(descriptor, copy)).toEqual([
      'Forge reads fr-FR from src/i18n/fr.json, not locales/fr-FR.json',
      'Connect fetches fr-FR from undefined, not /i18n/fr-FR.json',
      'Connect translates ja-JP, Forge does not',
    ]);
  });
});

describe('the routes the manifest calls', () => {
  it('are the backend’s, with the system token where the contract gives it, called by the contract’s modules', () => {
    expect(routeProblems(manifest())).toEqual([]);
  });

  it('and the export function’s, which the macro calls (macro-export.test.ts: what it asks the remote)', () => {
    expect(module(manifest(), 'macro', 'relationship-matrix').adfExport).toEqual({ function: 'macro-export' });
    expect(module(manifest(), 'function', 'macro-export').handler).toBe('forge/macro-export.handler');
    expect(existsSync(join(root, 'src/forge/macro-export.js'))).toBe(true);
  });

  it('are told apart from a route the backend does not answer, a missing token and a caller at the wrong door', () => {
    const copy = manifest();
    module(copy, 'endpoint', 'icr-issue-events').route = { path: '/forge/events/issue' };
    delete module(copy, 'endpoint', 'icr-hourly').auth;
    module(copy, 'preUninstall', 'app-uninstalling').endpoint = 'icr-lifecycle';

    expect(routeProblems(copy)).toEqual([
      'endpoint icr-issue-events calls /forge/events/issue, the backend answers /forge/events/jira-issue',
      "endpoint icr-hourly lacks the app's system token",
      'preUninstall/app-uninstalling calls icr-lifecycle, not icr-uninstall',
      'preUninstall/app-uninstalling calls icr-lifecycle, which the contract does not list for it',
    ]);
  });

  it('are told apart from a remote the function cannot call and a token without its scope', () => {
    const copy = manifest();
    const remote = copy.remotes?.[0];
    if (!remote) throw new Error('no remote');
    remote.operations = ['storage'];
    copy.permissions = { scopes: ['read:jira-work'] };

    expect(routeProblems(copy)).toEqual([
      'remote icr-backend is not declared for compute',
      'the scope read:app-system-token is missing',
    ]);
  });
});

describe('the resources', () => {
  const pages = pagesBuilt(viteConfig);

  it('are pages the Forge build makes, at the path it writes them to, each used by a module', () => {
    expect(pages).toContain('issue-panel');
    expect(pages).toContain('global-page');
    expect(resourceProblems(manifest(), pages)).toEqual([]);
  });

  it('are told apart from a page the Forge build does not make and a page no module shows', () => {
    const copy = manifest();
    copy.resources?.push(
      { key: 'sponsor-notes', path: 'target/classes/forge/sponsor-notes' },
      // the global page's sub-pages: pages of their own on Connect, on Forge inside the router page's resource
      { key: 'quarterly-review', path: 'target/classes/forge/quarterly-review' },
    );

    expect(resourceProblems(copy, pages)).toEqual([
      'resource sponsor-notes is no page the Forge build makes',
      'resource sponsor-notes is used by no module',
      'resource quarterly-review is no page the Forge build makes',
      'resource quarterly-review is used by no module',
    ]);
  });

  it('give Jira’s global page the router page, which routes every sub-page and no other', () => {
    const routes = Object.keys(ROUTED_PAGES);

    expect(module(manifest(), 'jira:globalPage', GLOBAL_PAGE.module).resource).toBe('global-page');
    expect(globalPageProblems(manifest(), routes)).toEqual([]);
  });

  it('are told apart from a global page that shows one page whatever its route, and from a route the router lacks', () => {
    const copy = manifest();
    const page = module(copy, 'jira:globalPage', GLOBAL_PAGE.module);
    page.resource = 'matrix-macro';
    page.pages?.push({ title: 'Sponsor notes', route: 'sponsor-notes' });

    expect(globalPageProblems(copy, ['relationship-matrix', 'quarterly-review', 'objectives'])).toEqual([
      'jira:globalPage icr-pages shows matrix-macro, not the router page global-page',
      'the sub-page route sponsor-notes is no route the router page knows',
      'the router page knows the route objectives, which no sub-page has',
    ]);
  });

  it('hold the icons the modules show', () => {
    const icons = Object.values(manifest().modules)
      .flat()
      .flatMap((entry) => (entry.icon ? [entry.icon] : []));

    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const file = new RegExp(`^resource:${ICONS.key};(.+)$`).exec(icon)?.[1];
      expect(file, icon).toBeDefined();
      expect(existsSync(join(root, ICONS.path, file ?? '')), icon).toBe(true);
    }
  });
});

describe('what the manifest declares for the app', () => {
  it('is a placeholder app id until `forge register`, on the Node.js runtime Forge asks for', () => {
    expect(manifest().app.id).toBe('ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000');
    expect(manifest().app.runtime.name).toBe('nodejs24.x');
  });

  it('has licensing on, as the Connect app has', () => {
    expect(manifest().app.licensing?.enabled).toBe(true);
    expect(manifest().app.licensing?.enabled).toBe(connect().enableLicensing);
  });

  it('calls one remote, at the address the backend is given, that computes and stores in-scope data', () => {
    const { remotes, environment } = manifest();

    expect(remotes).toEqual([
      { key: 'icr-backend', baseUrl: '${ICR_BASE_URL}', operations: ['compute', 'storage'], storage: { inScopeEUD: true } },
    ]);
    expect(environment?.variables).toEqual([{ key: 'ICR_BASE_URL', default: 'https://icr.example.com' }]);
  });

  it('asks for the scopes of the backend’s calls to Jira and Confluence, of the system token and of personal data reporting, and avatars’ addresses, no more', () => {
    expect(manifest().permissions).toEqual({
      scopes: [
        'read:jira-work', // issues, their watchers; the issue events
        'write:jira-work', // the icr-request issue property, the notify API
        'read:jira-user', // a person's groups, the bulk permission check
        'read:app-system-token', // the token on installs, issue events and the hourly call
        'report:personal-data', // every stored account id reported to Atlassian
        'read:confluence-space.summary', // the executive digest: the spaces an administrator picks from
        'read:confluence-content.summary', // the digest's page, found by its title or id
        'write:confluence-content', // the digest's pages written, and their watchers
      ],
      // avatars shown by the pickers and beside people's names
      external: { images: [{ address: 'secure.gravatar.com' }, { address: '*.atlassian.net' }] },
    });
  });
});
