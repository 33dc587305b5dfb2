// Own config for `vitest bench`: the root config's projects would run the bench once per
// project, and the build project's globalSetup builds the fixture site first.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  server: { watch: { ignored: ['**/bench/.work/**', '**/dist/**'] } },
  test: {
    include: [],
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
