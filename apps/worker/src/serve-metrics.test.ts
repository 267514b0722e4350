import type { AddressInfo } from 'node:net'
import { createMetrics } from '@shortlist/metrics'
import { describe, expect, it } from 'vitest'
import { serveMetrics } from './serve-metrics'

describe("the worker's metrics port", () => {
  it('serves the registry at GET /metrics and nothing else', async () => {
    const metrics = createMetrics({ defaultMetrics: false })
    metrics.jobFailures.inc({ queue: 'ingest', code: 'DOCUMENT_REJECTED' })
    const served = await serveMetrics(metrics, { port: 0, host: '127.0.0.1' })
    try {
      const base = `http://127.0.0.1:${(served.server.address() as AddressInfo).port}`
      const response = await fetch(`${base}/metrics`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain('text/plain')
      expect(await response.text()).toContain(
        'shortlist_job_failures_total{queue="ingest",code="DOCUMENT_REJECTED"} 1',
      )
      expect((await fetch(`${base}/`)).status).toBe(404)
      expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(404)
    } finally {
      await served.close()
    }
  })
})
