import { Link } from 'react-router-dom'
import { usePrep } from '../api/queries'
import { useToken } from '../api/session'
import { PageHeading, usePageTitle } from '../components/layout'
import { AiNoticePanel, SelfIdentificationForm } from '../components/prep-fairness'
import { StageBadge } from '../components/stage-controls'
import { EmptyState, ErrorState, Loading } from '../components/status'

/** What a candidate sees: only preparation material, never scores, ranks or reviewer notes. */
export function PrepPage() {
  usePageTitle('Interview preparation')
  const token = useToken('candidate')
  const prep = usePrep()

  if (!token) {
    return (
      <>
        <PageHeading>Interview preparation</PageHeading>
        <EmptyState>
          <p>Open the invitation link you received to see your preparation page.</p>
          <p>
            Work here? <Link to="/sign-in">Sign in</Link>
          </p>
        </EmptyState>
      </>
    )
  }
  if (prep.isPending) return <Loading label="Loading your preparation page…" />
  if (prep.isError) {
    return (
      <>
        <PageHeading>Interview preparation</PageHeading>
        <ErrorState error={prep.error} onRetry={() => void prep.refetch()} />
      </>
    )
  }
  const data = prep.data
  return (
    <article className="prep">
      <PageHeading>Preparing for {data.job.title}</PageHeading>
      <p className="lead">
        {data.candidateName ? `Hello ${data.candidateName}. ` : ''}Here is what the interview will cover and
        how to prepare.
      </p>
      <p className="prep-stage">
        Where you are: <StageBadge stage={data.stage} />
      </p>
      <AiNoticePanel prep={data} />
      {data.competencies.length > 0 ? (
        <section aria-labelledby="competencies-heading" className="card">
          <h2 id="competencies-heading">What we will talk about</h2>
          <dl className="competencies">
            {data.competencies.map((competency) => (
              <div key={competency.name}>
                <dt>{competency.name}</dt>
                <dd>{competency.description}</dd>
              </div>
            ))}
          </dl>
          {data.topics.length > 0 ? (
            <>
              <h3>Topics</h3>
              <ul className="chip-list">
                {data.topics.map((topic) => (
                  <li key={topic} className="chip chip-skill">
                    {topic}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      {data.practiceQuestions.length > 0 ? (
        <section aria-labelledby="practice-heading" className="card">
          <h2 id="practice-heading">Practice questions</h2>
          <ol className="practice">
            {data.practiceQuestions.map((question) => (
              <li key={question.id}>
                {question.text}{' '}
                <span className="muted small">
                  ({question.type === 'behavioral' ? 'behavioral' : 'technical'})
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {data.studyTopics.length > 0 ? (
        <section aria-labelledby="study-heading" className="card">
          <h2 id="study-heading">Worth reviewing</h2>
          <dl className="competencies">
            {data.studyTopics.map((topic) => (
              <div key={topic.topic}>
                <dt>{topic.topic}</dt>
                <dd>{topic.why}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {data.tips.length > 0 ? (
        <section aria-labelledby="tips-heading" className="card">
          <h2 id="tips-heading">Tips</h2>
          <ul>
            {data.tips.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <SelfIdentificationForm />
    </article>
  )
}
