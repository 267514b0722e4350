import { defineConfig } from 'vitest/config'

// One run over every package; each test file gets its own database and queue prefix, so files run in parallel.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
