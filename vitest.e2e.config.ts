import { defineConfig } from 'vitest/config'

// Browser tests: real headless Chromium (Debian's, from PATH) driven by playwright-core against
// the production build served by `vite preview`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
})
