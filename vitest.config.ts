import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { knowledgePlugin } from './src/knowledge/vite-plugin.ts';

export default defineConfig({
  plugins: [knowledgePlugin(), preact()],
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/support/i18n.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Each e2e file starts its own Chromium: one at a time on a 2-core machine.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
