import type { Metrics } from './create-metrics'

/** Counts one billed model call: tokens each way and its estimated cost. */
export function recordLlmUsage(
  metrics: Pick<Metrics, 'llmTokens' | 'llmCostUsd'>,
  usage: { purpose: string; model: string; inputTokens: number; outputTokens: number; costUsd: number },
): void {
  const labels = { model: usage.model, purpose: usage.purpose }
  metrics.llmTokens.inc({ ...labels, direction: 'input' }, usage.inputTokens)
  metrics.llmTokens.inc({ ...labels, direction: 'output' }, usage.outputTokens)
  metrics.llmCostUsd.inc(labels, usage.costUsd)
}
