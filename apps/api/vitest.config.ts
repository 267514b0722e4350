import { defineConfig } from 'vitest/config'

// Integration tests start real servers, workers and databases: they run after the unit tests (group 1), one file
// at a time, so two cores are not shared with the rest of the suite.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    sequence: { groupOrder: 1 },
  },
})
