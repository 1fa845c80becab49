import { defineConfig } from 'vitest/config';

/* `npm run test:browser`: the pictures and the documentation site drawn by a real Chromium. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
