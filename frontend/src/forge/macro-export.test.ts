// @vitest-environment node
// The Forge function behind the macro's PDF and Word export (src/forge/macro-export.js at the repository root),
// with @forge/api's invokeRemote replaced by a stand-in: Forge's runtime is not here (see node-environment.ts).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_PATH, NOT_EXPORTED, REMOTE_KEY, handler } from '../../../src/forge/macro-export.js';
import { parseForge } from './doors';
import { withTheSharedSetUpsDocument } from './node-environment';

interface RemoteOptions {
  path: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

const forge = vi.hoisted(() => ({
  invokeRemote: vi
    .fn<(remoteKey: string, options: RemoteOptions) => Promise<Response>>()
    .mockName('invokeRemote (stand-in for @forge/api)'),
}));
vi.mock('@forge/api', () => forge);

withTheSharedSetUpsDocument();

const matrixAdf = {
  type: 'doc',
  version: 1,
  content: [{ type: 'table', content: [] }],
};

const payload = {
  exportType: 'pdf',
  context: {
    cloudId: 'a436116f-02ce-4520-8fbb-7301462a1674',
    localId: 'c5a3a3c4',
    extension: {
      type: 'macro',
      content: { id: '98305', type: 'page' },
      config: { mode: 'matrix', metric: 'satisfaction', period: '2026-Q4', departments: 'd1,d2' },
    },
  },
};

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function sentOptions(): RemoteOptions {
  const call = forge.invokeRemote.mock.calls[0];
  if (!call) throw new Error('invokeRemote was not called');
  return call[1];
}

const notExported = {
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text: NOT_EXPORTED }] }],
};

describe('the macro export function', () => {
  beforeEach(() => {
    forge.invokeRemote.mockReset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('calls the remote the manifest declares', () => {
    const manifest = parseForge(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../manifest.yml'), 'utf8'));

    expect(manifest.remotes?.map((remote) => remote.key)).toEqual([REMOTE_KEY]);
  });

  it('posts the export type, the macro configuration and its context to the backend', async () => {
    forge.invokeRemote.mockResolvedValue(answer(200, { adf: matrixAdf }));

    await handler(payload);

    expect(forge.invokeRemote).toHaveBeenCalledOnce();
    expect(forge.invokeRemote.mock.calls[0]?.[0]).toBe('icr-backend');
    expect(REMOTE_KEY).toBe('icr-backend');
    const options = sentOptions();
    expect(options.path).toBe('/forge/macro/export');
    expect(EXPORT_PATH).toBe('/forge/macro/export');
    expect(options.method).toBe('POST');
    expect(options.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(options.body)).toEqual({
      exportType: 'pdf',
      config: payload.context.extension.config,
      context: payload.context,
    });
  });

  it('answers with the document the backend rendered', async () => {
    forge.invokeRemote.mockResolvedValue(answer(200, { adf: matrixAdf }));

    expect(await handler(payload)).toEqual(matrixAdf);
  });

  it('takes the configuration from the export payload when the context has none', async () => {
    forge.invokeRemote.mockResolvedValue(answer(200, { adf: matrixAdf }));

    await handler({ exportType: 'word', extensionPayload: { config: { mode: 'review', quarter: '2026-Q3' } } });

    expect(JSON.parse(sentOptions().body)).toEqual({
      exportType: 'word',
      config: { mode: 'review', quarter: '2026-Q3' },
      context: {},
    });
  });

  it('says the matrix could not be exported when the backend answers with an error', async () => {
    forge.invokeRemote.mockResolvedValue(answer(503, { status: 503, error: 'Service Unavailable' }));

    expect(await handler(payload)).toEqual(notExported);
  });

  it('says the matrix could not be exported when the backend answers without a document', async () => {
    forge.invokeRemote.mockResolvedValue(answer(200, { adf: 'not a document' }));

    expect(await handler(payload)).toEqual(notExported);
  });

  it('says the matrix could not be exported when the backend cannot be reached, and does not throw', async () => {
    forge.invokeRemote.mockRejectedValue(new TypeError('fetch failed'));

    expect(await handler(payload)).toEqual(notExported);
    expect(NOT_EXPORTED).toMatch(/could not be exported/);
  });

  it('says the matrix could not be exported when the backend answers with something other than JSON', async () => {
    forge.invokeRemote.mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 200 }));

    expect(await handler(payload)).toEqual(notExported);
  });
});
