import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'

/** One queue at one moment: BullMQ's counts per state and when its oldest waiting job was added. */
export type QueueSnapshot = {
  queue: string
  counts: Record<string, number>
  /** Epoch milliseconds of the oldest job in the wait list; null when nothing waits. */
  oldestWaitingAt: number | null
}

export type Metrics = {
  registry: Registry
  httpRequestDuration: Histogram<'method' | 'route' | 'status_code'>
  jobDuration: Histogram<'queue' | 'outcome'>
  jobFailures: Counter<'queue' | 'code'>
  parseFailures: Counter<'code' | 'stage'>
  llmTokens: Counter<'model' | 'purpose' | 'direction'>
  llmCostUsd: Counter<'model' | 'purpose'>
  /**
   * Reports queue depth and the age of the oldest waiting job, read at each scrape. Only one process kind (the API)
   * registers a reader, so a dashboard summing pods does not count the same queue once per worker.
   */
  watchQueues(read: () => Promise<QueueSnapshot[]>): void
  /** The text exposition format, as Prometheus scrapes it. */
  render(): Promise<{ contentType: string; body: string }>
}

// A scrape reads every gauge; one Redis round trip per queue serves both queue gauges of that scrape.
const SNAPSHOT_TTL_MS = 1_000

/** A registry of this process's metrics (its own, not prom-client's global one, so tests can hold several). */
export function createMetrics(options: { now?: () => number; defaultMetrics?: boolean } = {}): Metrics {
  const now = options.now ?? Date.now
  const registry = new Registry()
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry })

  const httpRequestDuration = new Histogram({
    name: 'shortlist_http_request_duration_seconds',
    help: 'HTTP request latency by route pattern (never the raw URL), method and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  })
  const jobDuration = new Histogram({
    name: 'shortlist_job_duration_seconds',
    help: 'Time a worker spent on one attempt of a job, by queue and outcome (completed or failed).',
    labelNames: ['queue', 'outcome'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    registers: [registry],
  })
  const jobFailures = new Counter({
    name: 'shortlist_job_failures_total',
    help: 'Failed job attempts by queue and stable error code.',
    labelNames: ['queue', 'code'] as const,
    registers: [registry],
  })
  const parseFailures = new Counter({
    name: 'shortlist_parse_failures_total',
    help: 'Documents the parsing sandbox refused, by code (PARSE_TIMEOUT, ...) and stage (upload check or ingest).',
    labelNames: ['code', 'stage'] as const,
    registers: [registry],
  })
  const llmTokens = new Counter({
    name: 'shortlist_llm_tokens_total',
    help: 'Tokens billed by the model provider, by model, purpose and direction (input or output).',
    labelNames: ['model', 'purpose', 'direction'] as const,
    registers: [registry],
  })
  const llmCostUsd = new Counter({
    name: 'shortlist_llm_cost_usd_total',
    help: 'Estimated model cost in US dollars, by model and purpose (the figure budgets are charged).',
    labelNames: ['model', 'purpose'] as const,
    registers: [registry],
  })

  let reader: (() => Promise<QueueSnapshot[]>) | null = null
  let cached: { at: number; snapshot: Promise<QueueSnapshot[] | null> } | null = null
  const readQueues = (): Promise<QueueSnapshot[] | null> => {
    if (!reader) return Promise.resolve(null)
    if (cached && now() - cached.at < SNAPSHOT_TTL_MS) return cached.snapshot
    const read = reader
    // A queue that cannot be read (Redis down) drops its series and counts the failure; the scrape still answers.
    const snapshot = read().catch(() => {
      queueReadFailures.inc()
      return null
    })
    cached = { at: now(), snapshot }
    return snapshot
  }
  const queueReadFailures = new Counter({
    name: 'shortlist_queue_read_failures_total',
    help: 'Scrapes that could not read the queues (Redis unreachable).',
    registers: [registry],
    // Rendered before the queue gauges: reading here first lets this scrape report its own failure.
    async collect() {
      await readQueues()
    },
  })
  new Gauge({
    name: 'shortlist_queue_jobs',
    help: 'Jobs per queue and BullMQ state (waiting, active, delayed, failed, ...), read at scrape time.',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      const snapshots = await readQueues()
      this.reset()
      for (const snapshot of snapshots ?? [])
        for (const [state, count] of Object.entries(snapshot.counts))
          this.set({ queue: snapshot.queue, state }, count)
    },
  })
  new Gauge({
    name: 'shortlist_queue_oldest_waiting_age_seconds',
    help: 'Age of the oldest job waiting in each queue; 0 when the queue is empty.',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      const snapshots = await readQueues()
      this.reset()
      for (const snapshot of snapshots ?? [])
        this.set(
          { queue: snapshot.queue },
          snapshot.oldestWaitingAt === null ? 0 : Math.max(0, (now() - snapshot.oldestWaitingAt) / 1000),
        )
    },
  })

  return {
    registry,
    httpRequestDuration,
    jobDuration,
    jobFailures,
    parseFailures,
    llmTokens,
    llmCostUsd,
    watchQueues(read) {
      reader = read
      cached = null
    },
    async render() {
      // Every scrape reads the queues afresh; the snapshot is only shared between the gauges of one scrape.
      cached = null
      return { contentType: registry.contentType, body: await registry.metrics() }
    },
  }
}
