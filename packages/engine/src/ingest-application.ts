import { isDocumentError, RESUME_PARSER_VERSION } from '@shortlist/core'
import {
  findApplication,
  findDocument,
  findJob,
  linkCandidate,
  listCustomSkills,
  listRequirements,
  saveDocumentAnalysis,
  setApplicationStatus,
} from '@shortlist/db'
import { scoreApplicationJob } from '@shortlist/jobs'
import { redactCandidate } from '@shortlist/llm'
import { computeRequirementsRevision } from './compute-requirements-revision'
import type { EngineDeps } from './engine-deps'
import { EngineError } from './engine-error'
import { mergeOrganizationTaxonomy } from './load-organization-taxonomy'
import { refreshPoolFamilies } from './refresh-pool-families'
import { scoreApplication } from './score-application'

/**
 * Characters of the resume text embedded as the document's vector: about 8,000 tokens, the input limit of hosted
 * embedding models, and far more than a resume holds. It also bounds the embedding work a huge file puts on this
 * thread; the chunks cover the rest.
 */
const MAX_EMBEDDED_CHARS = 32_000

/**
 * Turns an uploaded resume into visible text, a structured profile and embedded chunks, then queues scoring.
 * Extraction, parsing, skill finding and chunking all run in the sandbox (a worker thread with time, memory and
 * output bounds); this thread only embeds and stores. A document the sandbox refuses marks the application
 * failed with its code and is never retried. A rerun rewrites the same rows.
 */
export async function ingestApplication(
  deps: EngineDeps,
  payload: { organizationId: string; applicationId: string },
  options: {
    /**
     * Score in this job when the posting is analysed, instead of queueing a scoring job: the worker's choice, as it
     * saves a queue round trip and the reads scoring would repeat. A failed attempt falls back to the queue, whose
     * retries and failure status stay the scoring job's.
     */
    scoreInline?: boolean
  } = {},
): Promise<{ status: 'ingested' | 'scored' | 'failed' }> {
  const { db, llm, sandbox } = deps
  const { organizationId, applicationId } = payload
  const application = await findApplication(db, organizationId, applicationId)
  if (!application) throw new EngineError('NOT_FOUND', `application ${applicationId} not found`)
  const document = await findDocument(db, organizationId, application.documentId)
  if (!document) throw new EngineError('NOT_FOUND', `document ${application.documentId} not found`)

  // The organisation's own skills travel to the worker as data; the worker keeps the built-in taxonomy.
  // Independent statements go out together: each round trip waits for a scheduler slot on a busy host.
  const [customSkills] = await Promise.all([
    listCustomSkills(db, organizationId),
    setApplicationStatus(db, organizationId, applicationId, 'processing'),
  ])
  // The same skills merged into the taxonomy the family profile is built with (one read for both).
  const taxonomy = mergeOrganizationTaxonomy(organizationId, customSkills)
  let analyzed: Awaited<ReturnType<typeof sandbox.analyze>>
  try {
    // "Present" in a resume means the day it was received, which keeps re-parsing reproducible.
    analyzed = await sandbox.analyze(document.content, document.filename, {
      referenceDate: document.createdAt,
      customSkills,
    })
  } catch (error) {
    if (!isDocumentError(error)) throw error
    await setApplicationStatus(db, organizationId, applicationId, 'failed', {
      code: error.code,
      message: error.message,
    })
    throw new EngineError('DOCUMENT_REJECTED', error.message, { reason: error.code, cause: error })
  }

  const { document: extracted, profile, chunks } = analyzed
  // A hosted embedder is a third party like a hosted chat model: contact details never leave the process.
  // Only the text sent away is redacted; stored chunks keep the original text and offsets for evidence quotes.
  const identity = { name: profile.name, email: profile.email, phone: profile.phone }
  const outbound = (text: string): string =>
    llm.name === 'offline' ? text : redactCandidate(text, identity).text
  const [documentEmbedding, ...chunkEmbeddings] = await llm.embedder.embed([
    outbound(extracted.text.slice(0, MAX_EMBEDDED_CHARS)),
    ...chunks.map((chunk) => outbound(chunk.text)),
  ])
  if (!documentEmbedding) throw new Error('embedder returned no vectors')

  await db.transaction().execute(async (trx) => {
    await saveDocumentAnalysis(trx, organizationId, document.id, {
      text: extracted.text,
      pages: extracted.pages,
      hidden: extracted.hidden,
      profile,
      parserVersion: RESUME_PARSER_VERSION,
      embedding: documentEmbedding,
      chunks: chunks.map((chunk, index) => ({
        index: chunk.index,
        section: chunk.section,
        text: chunk.text,
        start: chunk.start,
        end: chunk.end,
        embedding: chunkEmbeddings[index] ?? documentEmbedding,
      })),
      embeddingModel: llm.embedder.model,
    })
    await linkCandidate(
      trx,
      organizationId,
      applicationId,
      { name: profile.name, email: profile.email, phone: profile.phone },
      extracted.hidden.length > 0,
    )
    // The document's job-family profile, for pool search, in the same commit as the profile it is built from
    // (after linking, as a recruiter's correction of the linked candidate's role comes first).
    await refreshPoolFamilies(trx, organizationId, taxonomy, [document.id])
  })

  const job = await findJob(db, organizationId, application.jobId)
  if (job?.status === 'ready') {
    // Read after the job: analysis commits the requirements with the ready status, so these are its.
    const requirements = await listRequirements(db, organizationId, application.jobId)
    if (options.scoreInline) {
      // Same use case as the scoring job, so a rerun of either overwrites the same evaluation. Analysis queues
      // scoring for this application too once it sees the committed resume; the deterministic jobs absorb that.
      // The profile goes through JSON as it does through the jsonb column, so the scorer reads what a scoring job
      // would read back.
      const stored = { id: document.id, text: extracted.text, profile: JSON.parse(JSON.stringify(profile)) }
      const scored = await scoreApplication(deps, payload, {
        application,
        job,
        requirements,
        document: stored,
      }).catch(() => null)
      if (scored?.status === 'scored') return { status: 'scored' }
    }
    // requeue, not enqueue: this ingest may be a rerun (a worker died after the first one committed), which set
    // the application back to processing; a scoring job with the same id that already finished must run again.
    await deps.producer.requeue(scoreApplicationJob, {
      organizationId,
      applicationId,
      revision: computeRequirementsRevision(requirements),
    })
  }
  return { status: 'ingested' }
}
