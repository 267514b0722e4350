import type { DocumentSandbox } from '@shortlist/core'
import type { Db } from '@shortlist/db'
import type { QueueProducer } from '@shortlist/jobs'
import type { LlmProvider } from '@shortlist/llm'

/** What every use case needs; built once per process by the app that owns it. */
export type EngineDeps = {
  db: Db
  llm: LlmProvider
  sandbox: DocumentSandbox
  producer: QueueProducer
}
