// For the tests of what runs outside the browser (manifest.yml, the Forge function in ../../../src/forge): they run
// in Vitest's Node environment, whose module transform leaves the function's import of @forge/api (installed at
// the repository root for `forge deploy`, not here) to vi.mock where the browser's would refuse the file. The
// shared set-up (src/test-setup.ts) empties a browser document after each test, so such a file brings Vitest's
// jsdom along: call this once at its top level.
import { afterAll, beforeAll } from 'vitest';
import { builtinEnvironments, type EnvironmentReturn } from 'vitest/runtime';

export function withTheSharedSetUpsDocument(): void {
  let jsdom: EnvironmentReturn | undefined;
  beforeAll(async () => {
    jsdom = await builtinEnvironments.jsdom.setup(globalThis, {});
  });
  afterAll(async () => {
    await jsdom?.teardown(globalThis);
  });
}
