import { describeRequirement, type ParsedPosting, type Taxonomy } from '@shortlist/core'
import { type Db, markJobAnalyzed, replaceRequirements } from '@shortlist/db'
import type { Embedder } from '@shortlist/llm'

/**
 * Embeds a parsed posting's requirements and stores them with the job marked ready, in one transaction. The caller
 * parses (the job analysis does it in the document sandbox, see `analyzeJobPosting`). Returns the requirement
 * vectors in requirement order.
 */
export async function storePostingAnalysis(
  deps: { db: Db; embedder: Embedder },
  input: { organizationId: string; jobId: string; posting: ParsedPosting; taxonomy: Taxonomy },
): Promise<{ requirementEmbeddings: number[][] }> {
  const { db, embedder } = deps
  const { posting } = input
  const embeddings = await embedder.embed(
    posting.requirements.map((requirement) => describeRequirement(requirement, input.taxonomy)),
  )
  await db.transaction().execute(async (trx) => {
    await replaceRequirements(
      trx,
      input.organizationId,
      input.jobId,
      posting.requirements.map((requirement, index) => ({
        label: requirement.label,
        kind: requirement.kind,
        type: requirement.type,
        screened: requirement.screened,
        weight: requirement.weight,
        skillIds: requirement.skillIds,
        keywords: requirement.keywords,
        minYears: requirement.minYears,
        source: requirement.source,
        section: requirement.section,
        embedding: embeddings[index] ?? null,
      })),
    )
    await markJobAnalyzed(trx, input.organizationId, input.jobId, {
      language: posting.language,
      responsibilities: posting.responsibilities,
    })
  })
  return { requirementEmbeddings: embeddings }
}
