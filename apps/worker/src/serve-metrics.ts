import { createServer, type Server } from 'node:http'
import type { Metrics } from '@shortlist/metrics'

/**
 * The worker's scrape endpoint: GET /metrics on a port of its own. Written on node:http rather than Fastify because
 * it is one read-only route on a port that is only reachable inside the cluster (no Service or Ingress points at it).
 */
export async function serveMetrics(
  metrics: Metrics,
  options: { port: number; host: string },
): Promise<{ server: Server; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0]
    if (request.method !== 'GET' || path !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n')
      return
    }
    metrics
      .render()
      .then(({ contentType, body }) => response.writeHead(200, { 'content-type': contentType }).end(body))
      .catch(() => response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  return {
    server,
    // Prometheus keeps its connection alive between scrapes; close it rather than wait for it.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
