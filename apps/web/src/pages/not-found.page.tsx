import { Link } from 'react-router-dom'
import { PageHeading, usePageTitle } from '../components/layout'

export function NotFoundPage() {
  usePageTitle('Page not found')
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>
        There is nothing at this address. <Link to="/">Go to the start page</Link>.
      </p>
    </>
  )
}
