export type { Manifest } from './render-chart'
export { CHART_DIR, helmBinary, lintChart, renderChart, renderError, validateManifest } from './render-chart'
