import type { Db } from '../create-database'
import {
  type ApplicationRecord,
  applicationColumns,
  type NewDocument,
  toApplication,
  toDocumentRow,
} from './application.repository'

/** What an upload names of a stored document: its hash (the document's key in the organisation) and file name. */
export type UploadedFile = { sha256: string; filename: string }

export type StoredUpload = { application: ApplicationRecord; duplicate: boolean; retried: boolean }

/**
 * Stores documents with one multi-row INSERT; bytes already stored for the organisation (same sha256) are kept as
 * they are. Rows go in sha256 order, so two requests storing the same files take their row locks in the same order
 * and cannot deadlock on PostgreSQL. Call inside a transaction, with a group whose bytes fit in memory.
 */
export async function storeDocuments(
  trx: Db,
  organizationId: string,
  documents: readonly NewDocument[],
): Promise<void> {
  if (documents.length === 0) return
  const sorted = [...documents].sort((a, b) => (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0))
  await trx
    .insertInto('documents')
    .values(sorted.map((document) => toDocumentRow(organizationId, document)))
    .onConflict((conflict) => conflict.columns(['organization_id', 'sha256']).doNothing())
    .execute()
}

/**
 * The applications of a batch of stored documents, in a constant number of queries whatever the batch size. Per
 * file, in the order given, the same rules as `createApplicationWithDocument`: the same bytes for the same job give
 * back the existing application (`duplicate`), set back to `queued` when it had failed (`retried`) so the caller
 * queues it again; a file repeated within the batch is a duplicate of its first occurrence. Every document must be
 * stored already (`storeDocuments`). Call inside a transaction.
 */
export async function createApplicationsForDocuments(
  trx: Db,
  organizationId: string,
  jobId: string,
  files: readonly UploadedFile[],
  createdBy: string | null,
): Promise<StoredUpload[]> {
  if (files.length === 0) return []
  const hashes = [...new Set(files.map((file) => file.sha256))]
  const documents = await trx
    .selectFrom('documents')
    .select(['id', 'sha256'])
    .where('organization_id', '=', organizationId)
    .where('sha256', 'in', hashes)
    .execute()
  const documentBySha = new Map(documents.map((row) => [row.sha256, row.id]))
  const documentOf = (file: UploadedFile): string => {
    const id = documentBySha.get(file.sha256)
    if (!id) throw new Error(`document ${file.sha256} is not stored`)
    return id
  }
  // The first file name of each document names its application, as when the files were stored one by one.
  const firstFilename = new Map<string, string>()
  for (const file of files) {
    const documentId = documentOf(file)
    if (!firstFilename.has(documentId)) firstFilename.set(documentId, file.filename)
  }
  const documentIds = [...firstFilename.keys()].sort()

  const inserted = await trx
    .insertInto('applications')
    .values(
      documentIds.map((documentId) => ({
        organization_id: organizationId,
        job_id: jobId,
        document_id: documentId,
        filename: firstFilename.get(documentId) as string,
        status: 'queued' as const,
        created_by: createdBy,
      })),
    )
    .onConflict((conflict) => conflict.columns(['job_id', 'document_id']).doNothing())
    .returning('document_id')
    .execute()
  const insertedDocuments = new Set(inserted.map((row) => row.document_id))
  const existing = documentIds.filter((documentId) => !insertedDocuments.has(documentId))
  const retriedDocuments = new Set<string>()
  if (existing.length > 0) {
    const retried = await trx
      .updateTable('applications')
      .set({ status: 'queued', error_code: null, error_message: null, updated_at: new Date() })
      .where('organization_id', '=', organizationId)
      .where('job_id', '=', jobId)
      .where('document_id', 'in', existing)
      .where('status', '=', 'failed')
      .returning('document_id')
      .execute()
    for (const row of retried) retriedDocuments.add(row.document_id)
  }

  const rows = await trx
    .selectFrom('applications')
    .select(applicationColumns)
    .where('applications.organization_id', '=', organizationId)
    .where('applications.job_id', '=', jobId)
    .where('applications.document_id', 'in', documentIds)
    .execute()
  const applicationByDocument = new Map(rows.map((row) => [row.document_id, toApplication(row)]))
  const seen = new Set<string>()
  return files.map((file) => {
    const documentId = documentOf(file)
    const application = applicationByDocument.get(documentId)
    if (!application) throw new Error(`no application for document ${documentId}`)
    const first = !seen.has(documentId)
    seen.add(documentId)
    return {
      application,
      duplicate: !first || !insertedDocuments.has(documentId),
      retried: first && retriedDocuments.has(documentId),
    }
  })
}
