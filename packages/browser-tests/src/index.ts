export { type AxeViolation, findSeriousViolations } from './axe'
export { chromiumPath, launchChromium } from './browser'
export { artifactsDir, demoFixturesDir, repositoryRoot, webDistDir } from './paths'
export { buildWeb, findFreePort, type RunningStack, startStack } from './stack'
