// The relationship matrix macro's export to PDF and Word (the macro's adfExport function in manifest.yml). Forge
// runs this, not our server: it hands the macro's configuration to the backend, which renders the macro as ADF.
// An export never fails because of it: when the backend cannot answer, the page gets a paragraph saying so.
//
// Forge resolves function handlers under src/ of the app's root, so this file lives beside Maven's src/main and
// src/test; the root package.json holds its one dependency. Its types for the frontend's tests are in
// macro-export.d.ts.
import { invokeRemote } from '@forge/api';

export const REMOTE_KEY = 'icr-backend';
export const EXPORT_PATH = '/forge/macro/export';

export const NOT_EXPORTED = 'The relationship matrix could not be exported. Open the page in Confluence to see it.';

export async function handler(payload) {
  const exportType = payload?.exportType ?? 'other';
  const context = payload?.context ?? {};
  // The view reads its configuration from context.extension.config; the export payload's place for it is not
  // documented beyond the macro body (extensionPayload), so both are read.
  const config = context.extension?.config ?? payload?.extensionPayload?.config ?? {};
  try {
    const response = await invokeRemote(REMOTE_KEY, {
      path: EXPORT_PATH,
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ exportType, config, context }),
    });
    if (!response.ok) {
      console.warn(`The backend answered the macro export with ${response.status}`);
      return notExported();
    }
    const answer = await response.json();
    if (!isDocument(answer?.adf)) {
      console.warn('The backend answered the macro export without an ADF document');
      return notExported();
    }
    return answer.adf;
  } catch (error) {
    console.warn(`The macro export could not reach the backend: ${error instanceof Error ? error.name : 'error'}`);
    return notExported();
  }
}

function isDocument(adf) {
  return typeof adf === 'object' && adf !== null && adf.type === 'doc' && Array.isArray(adf.content);
}

function notExported() {
  return {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: NOT_EXPORTED }] }],
  };
}
