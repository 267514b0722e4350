import type { TestProject } from 'vitest/node'
import { buildWeb, startStack } from './stack'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/**
 * Builds the SPA, starts the real stack once for all browser test files, and stops it afterwards.
 * With BROWSER_TESTS_BASE_URL set, the tests drive that already-running stack instead.
 */
export default async function setup(project: TestProject) {
  const external = process.env.BROWSER_TESTS_BASE_URL
  if (external) {
    project.provide('baseUrl', external.replace(/\/$/, ''))
    return
  }
  buildWeb()
  const stack = await startStack()
  project.provide('baseUrl', stack.baseUrl)
  return async () => {
    await stack.stop()
  }
}
