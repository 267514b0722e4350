import { Link, useParams } from 'react-router-dom'
import { useJob } from '../api/queries'
import { JobBlindReviewForm, OrganizationBlindReviewForm } from '../components/blind-review-settings'
import { FairnessReportView } from '../components/fairness-report-view'
import { PageHeading, usePageTitle } from '../components/layout'

/** Admins: the organisation's blind review setting and its LL144-style report over every job. */
export function FairnessPage() {
  usePageTitle('Fairness')
  return (
    <>
      <PageHeading>Fairness</PageHeading>
      <OrganizationBlindReviewForm />
      <FairnessReportView jobId={null} />
    </>
  )
}

/** Admins: one job's blind review override and its report. */
export function JobFairnessPage() {
  const { jobId = '' } = useParams()
  const job = useJob(jobId)
  usePageTitle(`Fairness · ${job.data?.title ?? 'Job'}`)
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/jobs">Jobs</Link> <span aria-hidden="true">/</span>{' '}
        <Link to={`/jobs/${jobId}`}>{job.data?.title ?? 'Job'}</Link> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">Fairness</span>
      </nav>
      <PageHeading>Fairness · {job.data?.title ?? 'Job'}</PageHeading>
      <JobBlindReviewForm jobId={jobId} />
      <FairnessReportView jobId={jobId} />
    </>
  )
}
