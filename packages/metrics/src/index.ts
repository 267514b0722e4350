export type { Metrics, QueueSnapshot } from './create-metrics'
export { createMetrics } from './create-metrics'
export { recordLlmUsage } from './record-llm-usage'
