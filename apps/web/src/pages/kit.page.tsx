import { type InterviewKit, type Question, ZKitAccepted } from '@shortlist/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router-dom'
import { apiRequest } from '../api/client'
import { queryKeys, useApplication, useApplicationKit, useJob, useJobKit } from '../api/queries'
import { PageHeading, usePageTitle } from '../components/layout'
import { EmptyState, ErrorState, Loading } from '../components/status'

const QUESTION_TYPE_LABELS: Record<Question['type'], string> = {
  behavioral: 'Behavioral',
  technical: 'Technical',
  language: 'Language (held in that language)',
  recruiter_check: 'Recruiter check',
}

type Group = { id: string; label: string; questions: Question[] }

/** Groups questions under the first requirement they probe, in the job's requirement order. */
export function groupQuestions(
  questions: Question[],
  requirements: { id: string; label: string }[],
): Group[] {
  const groups = new Map<string, Group>(
    requirements.map((requirement) => [requirement.id, { ...requirement, questions: [] }]),
  )
  const general: Group = { id: 'general', label: 'General', questions: [] }
  for (const question of questions) {
    const group = question.requirementIds.map((id) => groups.get(id)).find(Boolean)
    ;(group ?? general).questions.push(question)
  }
  return [...groups.values(), general].filter((group) => group.questions.length > 0)
}

/** The interview kit for one candidate (`/applications/:id/kit`). */
export function ApplicationKitPage() {
  const { applicationId = '' } = useParams()
  const application = useApplication(applicationId)
  const job = useJob(application.data?.jobId ?? '')
  const kit = useApplicationKit(applicationId)
  const name = application.data?.candidate.name ?? 'candidate'
  usePageTitle(`Interview kit · ${name}`)
  const requirements = (application.data?.requirements ?? []).map((item) => ({
    id: item.requirementId,
    label: item.label,
  }))
  return (
    <KitView
      title={`Interview kit: ${name}`}
      subtitle={job.data?.title}
      breadcrumb={
        application.data ? (
          <>
            <Link to={`/jobs/${application.data.jobId}/shortlist`}>Shortlist</Link>{' '}
            <span aria-hidden="true">/</span> <Link to={`/applications/${applicationId}`}>{name}</Link>
          </>
        ) : null
      }
      kit={kit}
      requirements={requirements}
      generatePath={`/v1/applications/${encodeURIComponent(applicationId)}/interview-kit`}
      queryKey={queryKeys.applicationKit(applicationId)}
    />
  )
}

/** The interview kit for a job, shared by all its candidates (`/jobs/:id/kit`). */
export function JobKitPage() {
  const { jobId = '' } = useParams()
  const job = useJob(jobId)
  const kit = useJobKit(jobId)
  usePageTitle(`Interview kit · ${job.data?.title ?? 'Job'}`)
  const requirements = (job.data?.requirements ?? []).map((item) => ({ id: item.id, label: item.label }))
  return (
    <KitView
      title={`Interview kit: ${job.data?.title ?? 'Job'}`}
      breadcrumb={<Link to={`/jobs/${jobId}`}>{job.data?.title ?? 'Job'}</Link>}
      kit={kit}
      requirements={requirements}
      generatePath={`/v1/jobs/${encodeURIComponent(jobId)}/interview-kit`}
      queryKey={queryKeys.jobKit(jobId)}
    />
  )
}

function KitView({
  title,
  subtitle,
  breadcrumb,
  kit,
  requirements,
  generatePath,
  queryKey,
}: {
  title: string
  subtitle?: string | undefined
  breadcrumb: ReactNode
  kit: {
    data: InterviewKit | null | undefined
    isPending: boolean
    isError: boolean
    error: unknown
    refetch: () => unknown
  }
  requirements: { id: string; label: string }[]
  generatePath: string
  queryKey: readonly unknown[]
}) {
  const queryClient = useQueryClient()
  const generate = useMutation({
    mutationFn: () => apiRequest(generatePath, ZKitAccepted, { method: 'POST', body: {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  })
  const data = kit.data
  const pending = data?.status === 'pending' || generate.isPending

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb no-print">
        <Link to="/jobs">Jobs</Link> <span aria-hidden="true">/</span> {breadcrumb}{' '}
        <span aria-hidden="true">/</span> <span aria-current="page">Interview kit</span>
      </nav>
      <PageHeading
        actions={
          <>
            <button
              type="button"
              className="button no-print"
              onClick={() => generate.mutate()}
              disabled={pending || kit.isPending}
            >
              {data ? 'Regenerate' : 'Generate interview kit'}
            </button>
            {data?.status === 'ready' ? (
              <button type="button" className="button button-primary no-print" onClick={() => window.print()}>
                Print
              </button>
            ) : null}
          </>
        }
      >
        {title}
      </PageHeading>
      {subtitle ? <p className="muted">{subtitle}</p> : null}
      {generate.isError ? <ErrorState error={generate.error} title="Could not start the kit." /> : null}
      {kit.isPending ? <Loading label="Loading the interview kit…" /> : null}
      {kit.isError ? <ErrorState error={kit.error} onRetry={() => void kit.refetch()} /> : null}
      {!kit.isPending && !kit.isError && data === null && !generate.isPending ? (
        <EmptyState>
          No interview kit yet. Generate one to get questions with rubrics for each requirement.
        </EmptyState>
      ) : null}
      {pending ? (
        <p className="state state-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          Writing questions and rubrics… this page updates by itself.
        </p>
      ) : null}
      {data?.status === 'failed' ? (
        <p className="state state-error" role="alert">
          The kit could not be generated: {data.error?.message ?? 'unknown error'}. Try again.
        </p>
      ) : null}
      {data?.status === 'ready' ? <KitQuestions kit={data} requirements={requirements} /> : null}
    </>
  )
}

const levelNames = ['1', '2', '3', '4']

function KitQuestions({
  kit,
  requirements,
}: {
  kit: InterviewKit
  requirements: { id: string; label: string }[]
}) {
  const groups = groupQuestions(kit.questions, requirements)
  const pool = new Map((kit.pool?.requirements ?? []).map((entry) => [entry.requirementId, entry]))
  if (groups.length === 0) return <EmptyState>The kit has no questions.</EmptyState>
  let number = 0
  return (
    <div className="kit">
      {groups.map((group) => (
        <section key={group.id} className="kit-group" aria-labelledby={`group-${group.id}`}>
          <h2 id={`group-${group.id}`}>{group.label}</h2>
          {kit.pool && pool.has(group.id) ? (
            <PoolLine applicantsAtLeast={kit.pool.applicantsAtLeast} shares={pool.get(group.id)} />
          ) : null}
          {group.questions.map((question) => {
            number++
            return (
              <article
                key={question.id}
                className="card kit-question"
                aria-labelledby={`question-${question.id}`}
              >
                <h3 id={`question-${question.id}`}>
                  <span className="question-number">Q{number}.</span> {question.text}
                </h3>
                <p className="muted small">
                  {QUESTION_TYPE_LABELS[question.type]} · {question.difficulty} · {question.topic}
                </p>
                {question.why ? <p className="small kit-why">Why: {question.why}</p> : null}
                {question.quote ? (
                  <blockquote className="quote">
                    <p>From the resume: {question.quote}</p>
                  </blockquote>
                ) : null}
                <table className="table rubric">
                  <caption>Rubric</caption>
                  <thead>
                    <tr>
                      <th scope="col">Level</th>
                      <th scope="col">Looks like</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...question.rubric.levels]
                      .sort((a, b) => a.level - b.level)
                      .map((level) => (
                        <tr key={level.level}>
                          <th scope="row">
                            {levelNames[level.level - 1] ?? level.level}. {level.label}
                          </th>
                          <td>{level.description}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
                <div className="kit-lists">
                  <KitList title="A strong answer" items={question.rubric.strongAnswer} />
                  <KitList title="Red flags" items={question.rubric.redFlags} />
                  <KitList title="Follow-ups" items={question.rubric.followUps} />
                </div>
              </article>
            )
          })}
        </section>
      ))}
      <p className="muted small">
        {kit.model ? `Generated by ${kit.model}` : null}
        {kit.promptVersion ? ` · prompt ${kit.promptVersion}` : null}
      </p>
    </div>
  )
}

/**
 * How the job's applicants stood on the requirement when the kit was written; the questions' "why" lines say
 * where that made the kit probe deeper.
 */
function PoolLine({
  applicantsAtLeast,
  shares,
}: {
  applicantsAtLeast: number
  shares: { matched: number; partial: number; missing: number; claimedOnly: number } | undefined
}) {
  if (!shares) return null
  return (
    <p className="small muted kit-pool">
      Applicant pool ({applicantsAtLeast}+ scored): {shares.matched}% match · {shares.claimedOnly}% only list
      it, without described use · {shares.partial}% partly · {shares.missing}% missing
    </p>
  )
}

function KitList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null
  return (
    <div>
      <h4>{title}</h4>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  )
}
