import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/*
 * The suite as Stryker runs it against each mutant (stryker.config.json): the unit tests that
 * call the library in-process. Left out are the tests that run other programs or measure the
 * whole package (the built CLI, bundle sizes, the fuzzing sample, replay timing, the Node
 * package checks) and the tests that read the source text, which Stryker rewrites (the
 * doc-comment check, the check for paths outside the repository): they cannot see a mutant,
 * or would fail on the instrumented text, and would run for every mutant they cover. Type
 * tests (test-d) are the TypeScript checker's job there.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/cli/**', 'test/apiDocs.test.ts', 'test/size.test.ts', 'test/fuzz/**', 'test/pathway/replayScaling.test.ts', 'test/standalone.test.ts', 'node_modules/**'],
      typecheck: { enabled: false },
      // Stryker sets each mutant's own time limit from the first run; the tests that run a
      // script need longer than vitest's 5 s on a shared machine in that first run.
      testTimeout: 60_000,
    },
  }),
);
