import { defineConfig } from 'vitest/config'

// Integration tests start real servers, workers and databases.
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 180_000 } })
