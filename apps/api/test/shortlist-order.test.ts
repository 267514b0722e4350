import {
  buildRolePosting,
  computeShortlistScore,
  measureRoleFit,
  type RankedCandidate,
  type ResumeProfile,
  type ResumeSectionName,
  rankCandidates,
  scoreCandidate,
} from '@shortlist/core'
import { findDocumentAnalysis, findSemanticMatches, listRequirements } from '@shortlist/db'
import { loadOrganizationTaxonomy, toRequirementInput } from '@shortlist/engine'
import type { TestEngine } from '@shortlist/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReadyJob, uploadAndScore } from './kit-flow'
import { client, type Json, signup, startTestStack, type TestStack } from './test-stack'

// The eval's ranking task orders candidates with core's `rankCandidates` over `computeShortlistScore`; the shortlist
// orders stored columns in SQL. This test recomputes the order with core from what scoring reads (stored resume,
// requirements, semantic matches) and holds the API's order to it, so both are provably one function.

const POSTING = `Kitchen Manager — Harbor Street Bistro

We are a 90-seat bistro looking for a kitchen manager to run the line and the back of house.

Requirements
- 3+ years of experience as a sous chef or kitchen manager
- Supervising a kitchen team of 8 or more
- Food safety certification (ServSafe or equivalent)
- Inventory management and ordering of food supplies
- Menu development

Nice to have
- Experience controlling food and labor costs
- Spanish at a conversational level
`

const resume = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8')

const RESUMES = [
  {
    name: 'ines-duarte.txt',
    content: resume([
      'Ines Duarte',
      'ines.duarte@example.org',
      '',
      'Experience',
      'Kitchen Manager, Lighthouse Grill, 03/2017 to 12/2024',
      '- Supervised a kitchen team of 12 cooks and dishwashers across two shifts.',
      '- Managed inventory and ordered food supplies weekly from four vendors.',
      '- Developed seasonal menus and cut food costs by 9% while holding labor costs flat.',
      'Sous Chef, Pier 9 Kitchen, 01/2013 to 02/2017',
      '- Ran the line on weekends and trained new cooks.',
      '',
      'Certifications',
      'ServSafe Food Protection Manager, 2022',
      '',
      'Languages',
      'English (native), Spanish (conversational)',
    ]),
  },
  {
    name: 'marco-bellini.txt',
    content: resume([
      'Marco Bellini',
      'marco.bellini@example.org',
      '',
      'Experience',
      'Sous Chef, Olive Court, 06/2019 to 11/2024',
      '- Led a crew of 6 line cooks during dinner service.',
      '- Took weekly inventory and placed produce orders.',
      'Line Cook, Olive Court, 04/2016 to 05/2019',
      '- Prepared sauces and proteins for a 120-cover dinner service.',
      '',
      'Certifications',
      'Food Handler Card, 2021',
    ]),
  },
  {
    name: 'dana-whitfield.txt',
    content: resume([
      'Dana Whitfield',
      'dana.whitfield@example.org',
      '',
      'Experience',
      'Line Cook, Corner Diner, 08/2021 to 10/2024',
      '- Cooked breakfast and lunch orders on the flat-top and fryer.',
      '- Kept stations clean and stocked during service.',
    ]),
  },
  {
    name: 'priya-nair.txt',
    content: resume([
      'Priya Nair',
      'priya.nair@example.org',
      '',
      'Experience',
      'Office Coordinator, Lakeside Partners, 02/2015 to 11/2024',
      '- Scheduled meetings, ordered office supplies and kept the supply inventory.',
      '- Trained new staff on the phone system.',
      '',
      'Languages',
      'Spanish (fluent)',
    ]),
  },
]

describe.each<TestEngine>(['pglite', 'postgres'])('shortlist order on %s', (engine) => {
  let stack: TestStack
  let api: ReturnType<typeof client>
  let jobId: string
  let items: Json[]

  beforeAll(async () => {
    stack = await startTestStack({ engine, label: `shortlist-order-${engine}` })
    api = client(stack.app, await signup(stack.app, `shortlist-order-${engine}`))
    jobId = (await createReadyJob(api, 'Kitchen Manager', POSTING)).id
    await uploadAndScore(api, jobId, RESUMES)
    items = (await api.get(`/v1/jobs/${jobId}/shortlist?limit=50`)).body.items
  }, 240_000)
  afterAll(async () => {
    await stack?.close()
  })

  it("is the order core's rankCandidates gives for the same applications", async () => {
    const { db } = stack.engine
    const job = await db
      .selectFrom('jobs')
      .select(['organization_id', 'title', 'description'])
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow()
    const organizationId = job.organization_id
    const taxonomy = await loadOrganizationTaxonomy(db, organizationId)
    const requirements = (await listRequirements(db, organizationId, jobId)).map(toRequirementInput)
    const posting = buildRolePosting({ title: job.title, text: job.description, requirements }, taxonomy)

    const recomputed: RankedCandidate[] = []
    for (const item of items) {
      const application = await db
        .selectFrom('applications')
        .select('document_id')
        .where('id', '=', item.applicationId)
        .executeTakeFirstOrThrow()
      const document = await findDocumentAnalysis(db, organizationId, application.document_id)
      if (!document?.text || !document.profile) throw new Error(`no analysis for ${item.applicationId}`)
      const profile = document.profile as ResumeProfile
      const matches = await findSemanticMatches(db, organizationId, jobId, application.document_id)
      const evaluation = scoreCandidate({
        requirements,
        resumeText: document.text,
        profile,
        taxonomy,
        semanticMatches: matches.map((match) => ({
          requirementId: match.requirementId,
          similarity: match.similarity,
          chunk: { ...match.chunk, section: match.chunk.section as ResumeSectionName },
        })),
      })
      const roleFit = measureRoleFit({ posting, profile, taxonomy })
      const rank = computeShortlistScore({ requirements, results: evaluation.requirements, roleFit })
      recomputed.push({
        id: item.applicationId,
        allRequiredMet: rank.allRequiredMet,
        rankScore: rank.rankScore,
      })
      // The list shows the very numbers core computes for it.
      expect(item.rankScore).toBeCloseTo(rank.rankScore, 6)
      expect(item.allRequiredMet).toBe(rank.allRequiredMet)
    }

    expect(items).toHaveLength(RESUMES.length)
    // The order must be decided by the scores, not by ties: distinct rank scores for every candidate.
    expect(new Set(recomputed.map((candidate) => candidate.rankScore)).size).toBe(RESUMES.length)
    const apiOrder = items.map((item) => item.applicationId)
    // Any input order gives the same ranking; feed it reversed so the API's order is not simply handed back.
    expect(rankCandidates([...recomputed].reverse()).map((candidate) => candidate.id)).toEqual(apiOrder)
    // The kitchen manager with every required item leads; the office coordinator is last.
    const byName = new Map(items.map((item) => [item.candidate.name, item.rank]))
    expect(byName.get('Ines Duarte')).toBe(1)
    expect(byName.get('Priya Nair')).toBe(RESUMES.length)
  })
})
