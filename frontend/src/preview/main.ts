import '../styles/app.css';
import './preview.css';
import { el } from '../dom';

// The preview host: lists the app's page modules and hosts one at a time with the real connect-host.js,
// answering the bridge's context.getToken the way Jira and Confluence do (a signed context JWT).

interface ModuleView {
  product: 'jira' | 'confluence';
  type: string;
  key: string;
  name: string;
  url: string;
}

interface ConnectHost {
  create(extension: { addon_key: string; key: string; url: string; options?: Record<string, unknown> }): ArrayLike<HTMLElement>;
  defineModule(name: string, methods: Record<string, (...args: never[]) => void>): void;
}

declare global {
  interface Window {
    connectHost: ConnectHost;
  }
}

let current: ModuleView | undefined;

async function json<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

window.connectHost.defineModule('context', {
  getToken(callback: (token: string) => void) {
    if (!current) return;
    json<{ token: string }>(`/preview/api/context-token?product=${current.product}`).then((v) => callback(v.token));
  },
  getContext(callback: (context: unknown) => void) {
    callback({});
  },
});

async function show(module: ModuleView): Promise<void> {
  current = module;
  document.getElementById('module-title')!.textContent = `${module.product === 'jira' ? 'Jira' : 'Confluence'} · ${module.name}`;
  for (const link of document.querySelectorAll<HTMLElement>('[data-module]')) {
    link.setAttribute('aria-current', String(link.dataset.module === `${module.product}:${module.key}`));
  }
  const iframe = await json<{ addonKey: string; moduleKey: string; url: string }>(
    `/preview/api/iframe?product=${module.product}&module=${encodeURIComponent(module.key)}`,
  );
  const container = window.connectHost.create({
    addon_key: iframe.addonKey,
    key: iframe.moduleKey,
    url: iframe.url,
    options: { width: '100%', height: '100%', autoresize: false, moduleType: module.type, moduleLocation: 'preview' },
  });
  document.getElementById('frame')!.replaceChildren(container[0]!);
  history.replaceState(null, '', `#${module.product}:${module.key}`);
}

function setTheme(mode: string): void {
  document.documentElement.setAttribute('data-color-mode', mode);
}

async function start(): Promise<void> {
  const modules = await json<ModuleView[]>('/preview/api/modules');
  const nav = document.getElementById('modules')!;
  for (const product of ['jira', 'confluence'] as const) {
    nav.append(el('h2', {}, product === 'jira' ? 'Jira' : 'Confluence'));
    const list = el('ul', {});
    for (const module of modules.filter((m) => m.product === product)) {
      const link = el('a', { href: `#${product}:${module.key}`, 'data-module': `${product}:${module.key}` }, module.name);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        void show(module);
      });
      list.append(el('li', {}, link));
    }
    nav.append(list);
  }
  const theme = document.getElementById('theme') as HTMLSelectElement;
  const params = new URLSearchParams(window.location.search);
  theme.value = params.get('theme') === 'dark' ? 'dark' : 'light';
  setTheme(theme.value);
  theme.addEventListener('change', () => setTheme(theme.value));
  const wanted = window.location.hash.slice(1);
  const first = modules.find((m) => `${m.product}:${m.key}` === wanted) ?? modules[0];
  if (first) await show(first);
}

void start();
