import { fileURLToPath } from 'node:url'

/** The repository root, found from this file so tests can run from any working directory. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url))
/** Where screenshots and the server log go (gitignored). */
export const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url))
export const webDistDir = fileURLToPath(new URL('../../../apps/web/dist/', import.meta.url))
export const demoFixturesDir = fileURLToPath(new URL('../../../fixtures/demo/', import.meta.url))
