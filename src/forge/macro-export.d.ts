// Types of macro-export.js for the frontend's TypeScript (its tests import the handler); Forge runs the .js.

/** An Atlassian document (ADF). */
export interface AdfDocument {
  type: 'doc';
  version: 1;
  content: unknown[];
}

export declare const REMOTE_KEY: 'icr-backend';
export declare const EXPORT_PATH: '/forge/macro/export';
export declare const NOT_EXPORTED: string;

/** The macro's adfExport function: the macro as ADF, or a paragraph saying it could not be exported. */
export declare function handler(payload: unknown): Promise<AdfDocument>;
