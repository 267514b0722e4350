import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createMetrics } from './create-metrics'
import { recordLlmUsage } from './record-llm-usage'

const DASHBOARD = new URL('../../../infra/grafana/shortlist.json', import.meta.url)

describe('createMetrics', () => {
  it('reads the queues once per scrape and reports depth and the oldest waiting age', async () => {
    let clock = 1_000_000
    let reads = 0
    const metrics = createMetrics({ now: () => clock, defaultMetrics: false })
    metrics.watchQueues(async () => {
      reads++
      return [
        { queue: 'ingest', counts: { waiting: 3, active: 1 }, oldestWaitingAt: clock - 42_000 },
        { queue: 'scoring', counts: { waiting: 0, active: 0 }, oldestWaitingAt: null },
      ]
    })
    const { body } = await metrics.render()
    expect(reads).toBe(1)
    expect(body).toContain('shortlist_queue_jobs{queue="ingest",state="waiting"} 3')
    expect(body).toContain('shortlist_queue_oldest_waiting_age_seconds{queue="ingest"} 42')
    expect(body).toContain('shortlist_queue_oldest_waiting_age_seconds{queue="scoring"} 0')
    clock += 5_000
    await metrics.render()
    expect(reads).toBe(2)
  })

  it('still answers when the queues cannot be read, and counts that', async () => {
    const metrics = createMetrics({ defaultMetrics: false })
    metrics.watchQueues(() => Promise.reject(new Error('Connection is closed.')))
    const { body } = await metrics.render()
    expect(body).not.toContain('shortlist_queue_jobs{')
    expect(body).toContain('shortlist_queue_read_failures_total 1')
  })

  it('counts model tokens each way and cost', async () => {
    const metrics = createMetrics({ defaultMetrics: false })
    const usage = {
      purpose: 'role-kit',
      model: 'gpt-4o-mini',
      inputTokens: 1000,
      outputTokens: 250,
      costUsd: 0.0003,
    }
    recordLlmUsage(metrics, usage)
    recordLlmUsage(metrics, usage)
    const { body } = await metrics.render()
    expect(body).toContain(
      'shortlist_llm_tokens_total{model="gpt-4o-mini",purpose="role-kit",direction="input"} 2000',
    )
    expect(body).toContain(
      'shortlist_llm_tokens_total{model="gpt-4o-mini",purpose="role-kit",direction="output"} 500',
    )
    expect(body).toContain('shortlist_llm_cost_usd_total{model="gpt-4o-mini",purpose="role-kit"} 0.0006')
  })

  it('backs every series the Grafana dashboard queries', async () => {
    const metrics = createMetrics()
    const registered = new Set((await metrics.registry.getMetricsAsJSON()).map((metric) => metric.name))
    const queried = new Set(
      [...readFileSync(DASHBOARD, 'utf8').matchAll(/\b((?:shortlist|process|nodejs)_[a-z0-9_]+)/g)].map(
        (match) => (match[1] as string).replace(/_(bucket|count|sum)$/, ''),
      ),
    )
    expect(queried.size).toBeGreaterThan(5)
    for (const name of queried) expect(registered, name).toContain(name)
  })
})
