import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./src/global-setup.ts'],
    // One real stack and one browser at a time: the machine has two cores.
    fileParallelism: false,
    // After the unit and API integration groups, alone on the machine.
    sequence: { groupOrder: 2 },
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
})
