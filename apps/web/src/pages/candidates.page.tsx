import { candidateLabel, ZCandidateSearchQuery } from '@shortlist/contracts'
import { type FormEvent, useId, useState } from 'react'
import { Link, useSearchParams } from 'react-router-dom'
import { useCandidateSearch, useJobs } from '../api/queries'
import { CurrentRole } from '../components/current-role'
import { PageHeading, usePageTitle } from '../components/layout'
import { EmptyState, ErrorState, FieldError, Loading } from '../components/status'

/** Cosine similarity as a whole percentage, clamped so an unrelated resume never reads as negative. */
function similarityPercent(similarity: number): number {
  return Math.round(Math.max(0, Math.min(1, similarity)) * 100)
}

export function CandidatesPage() {
  const [params, setParams] = useSearchParams()
  // The URL is the source of truth, so a refresh or a shared link repeats the same search.
  const parsedQuery = ZCandidateSearchQuery.shape.q.safeParse(params.get('q') ?? '')
  const q = parsedQuery.success ? parsedQuery.data : ''
  usePageTitle(q ? `Candidates · ${q}` : 'Candidates')
  const search = useCandidateSearch(q)
  const jobs = useJobs()
  const inputId = useId()
  const errorId = `${inputId}-error`
  const hintId = `${inputId}-hint`
  const [error, setError] = useState<string | undefined>()

  const jobTitles = new Map((jobs.data?.items ?? []).map((job) => [job.id, job.title]))

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const value = String(new FormData(event.currentTarget).get('q') ?? '')
    const parsed = ZCandidateSearchQuery.shape.q.safeParse(value)
    if (!parsed.success) {
      setError(
        value.trim().length === 0
          ? 'Enter skills, a role or experience to search for.'
          : 'Use at most 500 characters.',
      )
      return
    }
    setError(undefined)
    setParams({ q: parsed.data })
  }

  return (
    <>
      <PageHeading>Candidates</PageHeading>
      <search className="card search-form">
        <form onSubmit={onSubmit} noValidate key={q}>
          <div className="field">
            <label htmlFor={inputId}>Search resumes</label>
            <p className="hint" id={hintId}>
              Describe who you are looking for; results are ranked by meaning, not exact words.
            </p>
            <div className="input-with-button">
              <input
                id={inputId}
                name="q"
                type="search"
                className="input"
                defaultValue={q}
                placeholder="e.g. Kubernetes and model serving"
                autoComplete="off"
                aria-invalid={error ? true : undefined}
                aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
              />
              <button type="submit" className="button button-primary">
                Search
              </button>
            </div>
            <FieldError id={errorId} message={error} />
          </div>
        </form>
      </search>

      {!q ? (
        <EmptyState>
          <p>Search across every resume uploaded to your organization, whichever job it came in for.</p>
        </EmptyState>
      ) : null}
      {q && search.isPending ? <Loading label="Searching resumes…" /> : null}
      {q && search.isError ? (
        <ErrorState error={search.error} title="Could not search." onRetry={() => void search.refetch()} />
      ) : null}
      {q && search.data ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {search.data.items.length === 0
              ? 'No results'
              : `${search.data.items.length} ${search.data.items.length === 1 ? 'result' : 'results'}`}{' '}
            <span className="visually-hidden">for “{q}”</span>
          </h2>
          {search.data.items.length === 0 ? (
            <EmptyState>
              <p>No resumes match “{q}”. Try broader words, or upload resumes to a job first.</p>
            </EmptyState>
          ) : (
            <ol className="result-list search-results">
              {search.data.items.map((item) => {
                const name = candidateLabel(item.candidate)
                const percent = similarityPercent(item.similarity)
                const jobTitle = jobTitles.get(item.jobId)
                return (
                  <li key={item.applicationId} className="result search-result">
                    <div className="search-result-heading">
                      <h3>
                        <Link to={`/applications/${item.applicationId}`}>{name}</Link>
                        <CurrentRole role={item.currentRole} />
                      </h3>
                      <div className="score">
                        <span className="score-number">{percent}%</span>
                        <meter
                          className="score-bar"
                          min={0}
                          max={100}
                          value={percent}
                          aria-label={`Similarity for ${name}`}
                        />
                      </div>
                    </div>
                    <p className="muted small">
                      Applied to{' '}
                      {jobTitle ? (
                        <Link to={`/jobs/${item.jobId}`}>{jobTitle}</Link>
                      ) : (
                        'a job in your organization'
                      )}
                    </p>
                    <p className="snippet break">{item.snippet}</p>
                  </li>
                )
              })}
            </ol>
          )}
        </section>
      ) : null}
    </>
  )
}
