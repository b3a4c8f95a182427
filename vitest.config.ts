import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

// Unit tests: pure algorithms and data code in Node. They must pass on a clone without ../shared.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
})
