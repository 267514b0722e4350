import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { artifactsDir, demoFixturesDir, launchChromium } from '../src/index'
import { api, demoPosting, expectAccessible, newAccount, openSignedInPage } from './support'

const baseUrl = inject('baseUrl')

type ApplicationList = { items: { id: string; status: string; candidate: { id: string | null } }[] }

/** Uploads resumes through the API (multipart field `files`), as setup outside what is under test. */
async function uploadResumes(jobId: string, token: string, paths: string[]): Promise<string[]> {
  const form = new FormData()
  for (const path of paths) form.append('files', new Blob([readFileSync(path)]), basename(path))
  const response = await fetch(`${baseUrl}/v1/jobs/${jobId}/applications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  })
  if (!response.ok) throw new Error(`upload failed: ${response.status} ${await response.text()}`)
  const body = (await response.json()) as { applications: { id: string }[] }
  return body.applications.map((application) => application.id)
}

/** Waits until the job is analysed and every one of its applications is scored (hooks cannot use expect.poll). */
async function waitUntilScored(jobId: string, token: string, count: number): Promise<void> {
  const deadline = Date.now() + 90_000
  let state = 'not checked'
  while (Date.now() < deadline) {
    const job = await api<{ status: string }>(baseUrl, `/v1/jobs/${jobId}`, { token })
    if (job.status === 'failed') throw new Error(`job ${jobId} could not be analysed`)
    const list = await api<ApplicationList>(baseUrl, `/v1/jobs/${jobId}/applications`, { token })
    const scored = list.items.filter((item) => item.status === 'scored').length
    state = `job ${job.status}, ${scored} of ${count} scored`
    if (job.status === 'ready' && scored === count) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`timed out waiting for job ${jobId}: ${state}`)
}

// Two jobs with one applicant each, so the pool of one job holds a candidate who applied to the other.
describe('talent pool, candidate search and skills in a real browser', () => {
  let browser: Browser
  let page: Page
  let dataJobId = ''
  let sofiaApplicationId = ''

  beforeAll(async () => {
    const account = newAccount('search')
    await api(baseUrl, '/v1/auth/signup', { method: 'POST', body: account })
    const { accessToken } = await api<{ accessToken: string }>(baseUrl, '/v1/auth/login', {
      method: 'POST',
      body: { email: account.email, password: account.password },
    })
    const dataJob = await api<{ id: string }>(baseUrl, '/v1/jobs', {
      method: 'POST',
      body: demoPosting('engenheiro-de-dados.txt'),
      token: accessToken,
    })
    const platformJob = await api<{ id: string }>(baseUrl, '/v1/jobs', {
      method: 'POST',
      body: demoPosting('ml-platform-engineer.txt'),
      token: accessToken,
    })
    dataJobId = dataJob.id
    const resumes = join(demoFixturesDir, 'resumes')
    const [sofia] = await uploadResumes(dataJob.id, accessToken, [join(resumes, 'sofia-martins.txt')])
    await uploadResumes(platformJob.id, accessToken, [join(resumes, 'tom-becker.txt')])
    sofiaApplicationId = sofia ?? ''
    await Promise.all([
      waitUntilScored(dataJob.id, accessToken, 1),
      waitUntilScored(platformJob.id, accessToken, 1),
    ])

    browser = await launchChromium()
    page = (await openSignedInPage(browser, baseUrl, accessToken, { viewport: { width: 1280, height: 900 } }))
      .page
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('finds an uploaded candidate by meaning and opens their page from the result', async () => {
    await page.goto('/jobs')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Candidates' }).click()
    await page.waitForURL('**/candidates')
    await page.getByText('Search across every resume').waitFor()
    await expectAccessible(page, 'candidates (empty)')

    // An empty search stays on the page with a field error instead of calling the API.
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await page.getByText('Enter skills, a role or experience to search for.').waitFor()

    await page.getByLabel('Search resumes').fill('data scientist demand forecasting with Python and pandas')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await page.waitForURL(/\/candidates\?q=data\+scientist/)
    const sofia = page.locator('.search-result', { hasText: 'Sofia Martins' })
    await sofia.waitFor()
    expect(await sofia.locator('.snippet').textContent()).not.toBe('')
    expect(await sofia.locator('.score-number').textContent()).toMatch(/^\d{1,3}%$/)
    expect(await sofia.locator('.current-role').textContent()).toBe(
      'Cientista de Dados Sênior · Varejo Aurora',
    )
    await expectAccessible(page, 'candidates (results)')

    // The search lives in the URL: a reload repeats it.
    await page.reload()
    await page.locator('.search-result', { hasText: 'Sofia Martins' }).waitFor()
    expect(await page.getByLabel('Search resumes').inputValue()).toBe(
      'data scientist demand forecasting with Python and pandas',
    )

    await page.getByRole('link', { name: 'Sofia Martins' }).click()
    await page.waitForURL(`**/applications/${sofiaApplicationId}`)
    await page.locator('.resume-text').waitFor()
    expect(await page.locator('.resume-text').textContent()).toContain('Sofia Martins')
  })

  it('ranks the whole pool for a job, linking its own applicants', async () => {
    await page.goto(`/jobs/${dataJobId}`)
    await page.getByRole('link', { name: 'Talent pool' }).click()
    await page.waitForURL(`**/jobs/${dataJobId}/pool`)
    const rows = page.locator('.pool-table tbody tr')
    await rows.first().waitFor()
    // Both resumes are in the organisation's pool, whichever job they came in for.
    await expect.poll(() => rows.count()).toBe(2)
    const ranks = await rows.evaluateAll((items) => items.map((row) => Number(row.getAttribute('data-rank'))))
    expect(ranks).toEqual([1, 2])
    // Rows follow the shortlist's order (every required item met first, then the pool score), each with its fit.
    const poolRows = await rows.evaluateAll((items) =>
      items.map((row) => ({
        met: row.getAttribute('data-all-required-met') === 'true' ? 1 : 0,
        score: Number(row.getAttribute('data-pool-score')),
      })),
    )
    expect(poolRows).toEqual([...poolRows].sort((a, b) => b.met - a.met || b.score - a.score))
    expect(await rows.first().locator('.fit-number').textContent()).toMatch(/^\d{1,3}%$/)
    const sofiaRow = rows.filter({ hasText: 'Sofia Martins' })
    expect(await sofiaRow.getByRole('link', { name: 'Sofia Martins' }).getAttribute('href')).toBe(
      `/applications/${sofiaApplicationId}`,
    )
    expect(await sofiaRow.locator('.current-role').textContent()).toBe(
      'Cientista de Dados Sênior · Varejo Aurora',
    )
    const otherRow = rows.filter({ hasNotText: 'Sofia Martins' })
    await otherRow.getByText('From another job’s applicants').waitFor()
    expect(await otherRow.getByRole('link').count()).toBe(0)
    await expectAccessible(page, 'talent pool')

    // The page size is part of the URL.
    await page.getByLabel('Show', { exact: true }).selectOption('10')
    await page.getByRole('button', { name: 'Update' }).click()
    await page.waitForURL(/\/pool\?limit=10$/)
    await expect.poll(() => rows.count()).toBe(2)
  })

  it('adds an organisation skill with aliases and finds it in the taxonomy search', async () => {
    const suffix = Date.now().toString(36)
    const name = `Quasar Ledger ${suffix}`
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Skills' }).click()
    await page.waitForURL('**/skills')
    await page.getByRole('heading', { level: 1, name: 'Skills' }).waitFor()
    await page.locator('.skills-table tbody tr').first().waitFor()
    await expectAccessible(page, 'skills')

    // Client-side validation with the contract schema: a name is required.
    await page.getByRole('button', { name: 'Add skill' }).click()
    await page.locator('.field-error').first().waitFor()
    expect(await page.getByLabel('Skill name').getAttribute('aria-invalid')).toBe('true')

    await page.getByLabel('Skill name').fill(name)
    await page.getByLabel('Aliases').fill(`QL${suffix}, Quasar ledgers`)
    await page.getByLabel('Category (optional)').fill('Finance Ops')
    await page.getByRole('button', { name: 'Add skill' }).click()
    await page.getByText(`Added ${name} with 2 aliases.`).waitFor()

    await page.getByLabel('Search skills', { exact: true }).fill(`ql${suffix}`)
    const row = page.locator('.skills-table tbody tr', { hasText: name })
    await row.waitFor()
    expect(await row.locator('td').first().textContent()).toBe('finance-ops')
    expect(await row.textContent()).toContain('Quasar ledgers')
    await row.getByText('Yours').waitFor()
    await page.waitForURL(new RegExp(`/skills\\?q=ql${suffix}$`))
    await expectAccessible(page, 'skills (search)')
  })

  it('keeps the new pages usable at phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    const pages = [
      { path: '/candidates?q=python', name: 'candidates' },
      { path: `/jobs/${dataJobId}/pool`, name: 'pool' },
      { path: '/skills', name: 'skills' },
    ]
    for (const { path, name } of pages) {
      await page.goto(path)
      await page.locator('h1').waitFor()
      await page.locator('.search-result, .pool-table, .skills-table').first().waitFor()
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, path).toBeLessThanOrEqual(0)
      await page.screenshot({ path: join(artifactsDir, `${name}-phone.png`), fullPage: true })
      await expectAccessible(page, `${path} (phone)`)
    }
  })
})
