import { useUsage } from '../api/queries'
import { PageHeading, usePageTitle } from '../components/layout'
import { ErrorState, Loading } from '../components/status'

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 4 })
const count = new Intl.NumberFormat('en-US')

export function UsagePage() {
  usePageTitle('Usage')
  const usage = useUsage()
  return (
    <>
      <PageHeading>Model usage</PageHeading>
      {usage.isPending ? <Loading /> : null}
      {usage.isError ? <ErrorState error={usage.error} onRetry={() => void usage.refetch()} /> : null}
      {usage.data ? (
        <section className="card" aria-labelledby="usage-month">
          <h2 id="usage-month">{usage.data.month}</h2>
          <dl className="stats">
            <div>
              <dt>Requests</dt>
              <dd>{count.format(usage.data.requests)}</dd>
            </div>
            <div>
              <dt>Input tokens</dt>
              <dd>{count.format(usage.data.inputTokens)}</dd>
            </div>
            <div>
              <dt>Output tokens</dt>
              <dd>{count.format(usage.data.outputTokens)}</dd>
            </div>
            <div>
              <dt>Cost</dt>
              <dd>
                {money.format(usage.data.costUsd)}
                {usage.data.budgetUsd !== null ? ` of ${money.format(usage.data.budgetUsd)} budget` : ''}
              </dd>
            </div>
          </dl>
        </section>
      ) : null}
    </>
  )
}
