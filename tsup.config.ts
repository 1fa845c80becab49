import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // Both builds run at once: leave the CLI's output to the CLI build.
    clean: ['!cli.js', '!cli/**', '!batch*'],
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    // `child-protection-pathway/batch` and its worker thread (Node only, ESM). Each bundles the
    // library code it uses, as the CLI does; the other builds leave these files alone.
    entry: { batch: 'src/batch/index.ts', batchWorker: 'src/batch/worker.ts' },
    format: ['esm'],
    // One file each, no shared chunk: the other builds' clean patterns spare only batch*.
    splitting: false,
    dts: { entry: { batch: 'src/batch/index.ts' } },
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    treeshake: true,
  },
  {
    // `npx child-protection-pathway`: argument parsing and printing over the public API. The
    // CLI bundles the library code it uses, split into chunks (dist/cli/): the commands that
    // read event logs, and the --rule-set reader, are imported only when they run, so `due` and
    // `working-days` load neither the event schemas nor zod (bench/coldStart.ts). zod stays
    // external, resolved from the app's own install.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    splitting: true,
    dts: false,
    // Chunk names carry a hash: clear the old ones, leaving the library build's output alone.
    clean: ['!index.*', '!batch*'],
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    treeshake: true,
    banner: { js: '#!/usr/bin/env node' },
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]';
    },
  },
]);
