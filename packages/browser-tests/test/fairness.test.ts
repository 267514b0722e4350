import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from '../src/index'
import {
  api,
  demoPosting,
  expectAccessible,
  newAccount,
  openSignedInPage,
  signUpAndSignIn,
  waitForShortlist,
} from './support'

const baseUrl = inject('baseUrl')

type Shortlist = { total: number; items: { applicationId: string; candidate: { name: string | null } }[] }

// Written for this test; every person, address and number is invented.
const SECRETS = [
  'Marisol',
  'Quintana',
  'marisol.qo@mail.test',
  '98765-4321',
  'linkedin.com/in/marisol-qo',
  'Augusta',
]
const RESUME = `Marisol Quintana-Okoye
marisol.qo@mail.test | +55 (11) 98765-4321 | linkedin.com/in/marisol-qo
Rua Augusta, 1500 - São Paulo

Summary
Platform engineer running Kubernetes and Python services for machine learning teams.

Experience
ML Platform Engineer — Contoso — Mar 2018 – Present
Built Kubernetes operators in Python and Go; ran MLflow and Airflow; served models with KServe on AWS.

Education
B.Sc. Computer Science, Universidade Federal, 2007 – 2011
`

// Blind review in the UI, the candidate's AI notice, alternative-process request and self-identification, and the
// report's chart.
describe('fairness in a real browser', () => {
  let browser: Browser
  let page: Page
  let jobId = ''
  let token = ''
  let applicationId = ''

  beforeAll(async () => {
    token = await signUpAndSignIn(baseUrl, newAccount('fairness'))
    jobId = (await api<{ id: string }>(baseUrl, '/v1/jobs', { method: 'POST', body: demoPosting(), token }))
      .id
    const form = new FormData()
    form.append('files', new Blob([RESUME]), 'marisol-quintana-okoye.txt')
    const upload = await fetch(`${baseUrl}/v1/jobs/${jobId}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    })
    if (!upload.ok) throw new Error(`upload failed: ${upload.status}`)
    const shortlist = await waitForShortlist<Shortlist>(baseUrl, jobId, token, 1)
    applicationId = shortlist.items[0]?.applicationId ?? ''
    browser = await launchChromium()
    page = (await openSignedInPage(browser, baseUrl, token, { viewport: { width: 1280, height: 900 } })).page
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the name before blind review, and hides every identifying detail once an admin turns it on', async () => {
    await page.goto(`/applications/${applicationId}`)
    // The page's own timeout, not expect.poll's 1 s: on a loaded machine the first load alone can take longer.
    await expect
      .poll(async () => page.locator('main').textContent(), { timeout: 20_000 })
      .toContain('Marisol Quintana-Okoye')

    await page.goto('/fairness')
    await page.getByLabel('Hide identifying details from reviewers').check()
    await page.getByLabel('Show them from the stage').selectOption('interview')
    await page.getByRole('button', { name: 'Save blind review' }).click()
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor()
    await expectAccessible(page, 'fairness page')

    await page.goto(`/jobs/${jobId}/shortlist`)
    const row = page.locator(`tr[data-application-id="${applicationId}"]`)
    await expect.poll(async () => row.getAttribute('data-blind'), { timeout: 20_000 }).toBe('true')
    const label = (await row.getByRole('link').first().textContent()) ?? ''
    expect(label).toMatch(/^Candidate [0-9A-F]{4}$/)
    const shortlistText = (await page.locator('main').textContent()) ?? ''
    for (const secret of SECRETS) expect(shortlistText).not.toContain(secret)

    await page.goto(`/applications/${applicationId}`)
    await page.getByRole('note').filter({ hasText: 'Blind review' }).waitFor()
    await page.locator('.resume-text').waitFor()
    const detail = (await page.locator('main').textContent()) ?? ''
    for (const secret of [...SECRETS, '2011']) expect(detail).not.toContain(secret)
    expect(detail).toContain(label)
    expect(detail).toContain('Built Kubernetes operators in Python and Go')
    expect((await page.locator('.resume-text').textContent()) ?? '').toContain('█')
    // The page title names the label, not the person.
    expect(await page.title()).not.toContain('Marisol')
    await expectAccessible(page, 'blind candidate page')

    await page.goto(`/jobs/${jobId}`)
    const jobText = (await page.locator('main').textContent()) ?? ''
    expect(jobText).not.toContain('marisol-quintana-okoye.txt')
  })

  it('lets the candidate read the AI notice, self-identify and ask for an alternative process', async () => {
    const invite = await api<{ token: string }>(baseUrl, `/v1/applications/${applicationId}/invite`, {
      method: 'POST',
      body: {},
      token,
    })
    const candidateContext = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1280, height: 900 },
    })
    const candidate = await candidateContext.newPage()
    candidate.setDefaultTimeout(20_000)
    await candidate.goto(`/invite/${invite.token}`)
    await candidate.getByRole('heading', { name: 'Automated screening' }).waitFor()
    expect((await candidate.locator('main').textContent()) ?? '').toContain('automated tool')

    const selfId = candidate.getByRole('form', { name: 'Voluntary self-identification' })
    await selfId.getByLabel('Female').check()
    await selfId.getByLabel('I decline to answer').last().check()
    await selfId.getByRole('button', { name: 'Save my answers' }).click()
    await candidate.getByRole('status').filter({ hasText: 'your answers are saved' }).waitFor()

    await candidate
      .getByLabel('Anything the team should know (optional)')
      .fill('Please review my application by hand.')
    await candidate.getByRole('button', { name: 'Ask for an alternative process' }).click()
    await candidate.getByRole('status').filter({ hasText: 'You asked for an alternative process' }).waitFor()
    await expectAccessible(candidate, 'prep page')
    await candidateContext.close()

    await page.goto(`/applications/${applicationId}`)
    await page.getByRole('heading', { name: 'Alternative process requested' }).waitFor()
    const detail = (await page.locator('main').textContent()) ?? ''
    expect(detail).toContain('Please review my application by hand.')
    // The answers themselves never reach the reviewer's page.
    expect(detail).not.toContain('Female')
  })

  it('draws the job report as a labelled chart', async () => {
    await page.goto(`/jobs/${jobId}/fairness`)
    await page.getByRole('table', { name: 'By sex', exact: true }).waitFor()
    const bar = page.getByRole('img', { name: /^Female: / })
    await bar.waitFor()
    expect((await page.locator('main').textContent()) ?? '').toContain('Passed screening')
    await expectAccessible(page, 'job fairness page')
  })
})
