export type { Manifest } from './render-chart'
export { CHART_DIR, helmBinary, renderChart, renderError, validateManifest } from './render-chart'
