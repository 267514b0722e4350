// Blind review as the API applies it: which applications are blind, and the masking of what they show.
// Every route that returns candidate data to staff goes through here, so the rule lives in one place.
import {
  blindCandidateLabel,
  findIdentifyingSpans,
  type IdentifyingSpan,
  isBlindReview,
  type KnownIdentity,
  maskSpans,
  resolveBlindReviewPolicy,
} from '@shortlist/core'
import {
  type Db,
  findApplicationStages,
  listBlindReviewContexts,
  listCandidateApplicationStages,
  listCandidateIdentities,
} from '@shortlist/db'

export type BlindCheck = (jobId: string, stage: string) => boolean

/** Whether an application of one of these jobs, in a given stage, is under blind review. */
export async function loadBlindCheck(
  db: Db,
  organizationId: string,
  jobIds: readonly string[],
): Promise<BlindCheck> {
  const contexts = await listBlindReviewContexts(db, organizationId, jobIds)
  return (jobId, stage) => {
    const context = contexts.get(jobId)
    // An unknown job cannot happen for rows read in the same organisation; blind is the safe answer if it does.
    if (!context) return true
    return isBlindReview(resolveBlindReviewPolicy(context.organization, context.job), context.pipeline, stage)
  }
}

/**
 * Candidates shown outside one job (pool, search, the candidate record): blind unless at least one of their
 * applications is past blind review, since that reviewer could see them there anyway.
 */
export async function loadBlindCandidates(
  db: Db,
  organizationId: string,
  candidateIds: readonly string[],
): Promise<(candidateId: string) => boolean> {
  const applications = await listCandidateApplicationStages(db, organizationId, candidateIds)
  const isBlind = await loadBlindCheck(
    db,
    organizationId,
    applications.map((application) => application.jobId),
  )
  const revealed = new Set(
    applications
      .filter((application) => !isBlind(application.jobId, application.stage))
      .map((application) => application.candidateId),
  )
  return (candidateId) => !revealed.has(candidateId)
}

type Sections = ReadonlyArray<{ name: string; start: number; end: number }>

/** The section spans a stored profile carries, so masking need not find them again (it runs in the API process). */
export function sectionsOf(profile: unknown): Sections | undefined {
  const sections = (profile as { sections?: unknown } | null)?.sections
  if (!Array.isArray(sections)) return undefined
  return sections.filter(
    (section): section is Sections[number] =>
      typeof section?.name === 'string' &&
      typeof section.start === 'number' &&
      typeof section.end === 'number',
  )
}

export type Masker = {
  /** The text with the candidate's identifying details masked, same length. */
  text(candidateId: string | null, text: string, sections?: Sections): string
  /** An evidence quote, masked; an education quote loses its years too (graduation years). */
  quote(candidateId: string | null, quote: string, section?: string): string
}

const YEAR = /\b(?:19|20)\d{2}\b/g

/** Masks the given candidates' details; reads every known name and email of theirs once. */
export async function loadMasker(
  db: Db,
  organizationId: string,
  candidateIds: readonly string[],
): Promise<Masker> {
  const identities = await listCandidateIdentities(db, organizationId, candidateIds)
  const identityOf = (candidateId: string | null): KnownIdentity =>
    (candidateId ? identities.get(candidateId) : undefined) ?? { names: [], emails: [] }
  const text = (candidateId: string | null, value: string, sections?: Sections) =>
    maskSpans(value, findIdentifyingSpans(value, identityOf(candidateId), sections))
  return {
    text,
    quote(candidateId, quote, section) {
      const spans: IdentifyingSpan[] = findIdentifyingSpans(quote, identityOf(candidateId))
      // A quote alone has no section headings to find the education part by: the evidence says where it is from.
      if (section === 'education') {
        for (const match of quote.matchAll(YEAR)) {
          const start = match.index ?? 0
          spans.push({ start, end: start + match[0].length, kind: 'graduation_year' })
        }
      }
      return maskSpans(quote, spans)
    },
  }
}

/** A filename that says nothing about the candidate: "Candidate 7F3A.pdf". */
export function blindFilename(applicationId: string, filename: string): string {
  const extension = /\.[a-z0-9]{1,5}$/i.exec(filename)?.[0] ?? ''
  return `${blindCandidateLabel(applicationId)}${extension.toLowerCase()}`
}

export { blindCandidateLabel }

/** Whether each application is under blind review, by id (from its job's setting and its current stage). */
export async function loadBlindApplications(
  db: Db,
  organizationId: string,
  applicationIds: readonly string[],
): Promise<(applicationId: string) => boolean> {
  const stages = await findApplicationStages(db, organizationId, [...new Set(applicationIds)])
  const isBlind = await loadBlindCheck(
    db,
    organizationId,
    [...stages.values()].map((entry) => entry.jobId),
  )
  return (applicationId) => {
    const entry = stages.get(applicationId)
    return entry ? isBlind(entry.jobId, entry.stage) : true
  }
}

/** Interview summaries and scorecards name the candidate: the label instead while the application is blind. */
export async function loadInterviewNameBlinder(
  db: Db,
  organizationId: string,
  interviews: ReadonlyArray<{ applicationId: string }>,
): Promise<<T extends { applicationId: string; candidateName: string | null }>(summary: T) => T> {
  const isBlind = await loadBlindApplications(
    db,
    organizationId,
    interviews.map((interview) => interview.applicationId),
  )
  return (summary) =>
    isBlind(summary.applicationId)
      ? { ...summary, candidateName: blindCandidateLabel(summary.applicationId) }
      : summary
}

/** Every string inside a JSON-like value passed through `mask` (kits and messages carry resume words anywhere). */
export function maskStrings<T>(value: T, mask: (text: string) => string): T {
  if (typeof value === 'string') return mask(value) as T
  if (Array.isArray(value)) return value.map((item) => maskStrings(item, mask)) as T
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskStrings(item, mask)])) as T
  return value
}
