import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/** The public API's source: the CLI imports it and runs against the published build. */
const publicApi = resolve('src/index.ts');

/**
 * Makes the CLI's imports of the public API (`../index.js`, `../../index.js`) an import of
 * the library's own ESM build, `./index.js` beside `dist/cli.js`: the CLI ships no second copy
 * of the library, and keeps the library's module state (a calendar's index) in one place.
 */
const publicApiExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'public-api-external',
  setup(build) {
    build.onResolve({ filter: /(^|\/)index\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      return target === publicApi ? { path: './index.js', external: true } : undefined;
    });
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // Both builds run at once: leave the CLI's output to the CLI build.
    clean: ['!cli.js', '!batch*'],
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    // `child-protection-pathway/batch` and its worker thread: Node-only, ESM, over the public API.
    entry: { batch: 'src/batch/index.ts', batchWorker: 'src/batch/worker.ts' },
    format: ['esm'],
    dts: { entry: { batch: 'src/batch/index.ts' } },
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [publicApiExternal],
  },
  {
    // `npx child-protection-pathway`: argument parsing and printing over the public API.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [publicApiExternal],
  },
]);
