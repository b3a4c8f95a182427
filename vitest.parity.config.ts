import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

// Parity checks against ../shared/reference (scikit-learn, imbalanced-learn, R arules).
// Each suite skips itself when ../shared is absent; .ci/run runs this config where CI has it.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/parity/**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
    fileParallelism: false,
  },
})
