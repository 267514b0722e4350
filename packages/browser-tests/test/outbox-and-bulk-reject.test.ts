import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from '../src/index'
import { createScoredJob } from './scored-job'
import { api, expectAccessible, newAccount, openSignedInPage, signUpAndSignIn } from './support'

const baseUrl = inject('baseUrl')

type Shortlist = { total: number; items: { applicationId: string; stage: string }[] }
type Outbox = { items: { kind: string; applicationId: string; link: string | null }[] }

// The shared stack has no SMTP: a message sent from the candidate page waits in the outbox, whose link can be
// copied and works; then both candidates are rejected in bulk from the shortlist, a reason required, and their
// rejection messages wait in the outbox too.
describe('outbox and bulk reject in a real browser', () => {
  let browser: Browser
  let page: Page
  let token = ''
  let jobId = ''
  let sofiaId = ''

  beforeAll(async () => {
    token = await signUpAndSignIn(baseUrl, newAccount('outbox'))
    const job = await createScoredJob(baseUrl, token, ['sofia-martins.txt', 'tom-becker.txt'])
    jobId = job.jobId
    sofiaId = job.applicationIds.get('sofia-martins.txt') ?? ''
    browser = await launchChromium()
    // Copying the link is part of the test: let the page write to (and the test read) the clipboard.
    page = (
      await openSignedInPage(browser, baseUrl, token, {
        viewport: { width: 1280, height: 900 },
        permissions: ['clipboard-read', 'clipboard-write'],
      })
    ).page
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('sends the prep invite into the outbox, where its link is copied and opens prep', async () => {
    await page.goto(`/applications/${sofiaId}`)
    const messages = page.getByRole('region', { name: 'Messages to the candidate' })
    await messages.getByLabel('Template').selectOption('prep_invite')
    await messages.getByRole('button', { name: 'Preview' }).click()
    await messages.getByText(/^To: sofia\.martins@example\.com/).waitFor()
    await messages.getByRole('button', { name: 'Send', exact: true }).click()
    await messages.getByText('In outbox').waitFor()

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click()
    await page.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor()
    const card = page.getByRole('article', { name: 'Preparation invite for Sofia Martins' })
    const body = (await card.locator('.message-body').textContent()) ?? ''
    const link = body.match(/https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/)?.[0] ?? ''
    expect(link.startsWith(`${baseUrl}/invite/`)).toBe(true)
    await card.getByRole('button', { name: 'Copy link' }).click()
    await card.getByRole('button', { name: 'Copied' }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)
    const outbox = await api<Outbox>(baseUrl, '/v1/outbox', { token })
    expect(
      outbox.items.find((item) => item.applicationId === sofiaId && item.kind === 'prep_invite')?.link,
    ).toBe(link)
    await expectAccessible(page, 'outbox with an invite')

    // The copied link is the candidate's way in, in a browser of their own.
    const candidate = await browser.newContext({ baseURL: baseUrl, viewport: { width: 390, height: 844 } })
    try {
      const prep = await candidate.newPage()
      prep.setDefaultTimeout(20_000)
      await prep.goto(link)
      await prep.waitForURL('**/prep')
      await prep.getByRole('heading', { level: 1, name: /Preparing for/ }).waitFor()
      expect(await prep.locator('.prep-stage').textContent()).toContain('Applied')
    } finally {
      await candidate.close()
    }
  })

  it('rejects every selected candidate at once, only with a reason, and queues their rejections', async () => {
    await page.goto(`/jobs/${jobId}/shortlist`)
    await page.getByLabel('Select every candidate on this page').check()
    const bulk = page.getByRole('region', { name: 'Move or reject the selected candidates' })
    await bulk.getByLabel('Move to', { exact: true }).selectOption('rejected')
    await bulk.getByRole('button', { name: 'Reject 2 selected' }).click()
    await bulk.getByText('Say why the candidate is rejected.').waitFor()
    expect(
      (await api<Shortlist>(baseUrl, `/v1/jobs/${jobId}/shortlist?stage=rejected`, { token })).total,
    ).toBe(0)

    await bulk.getByLabel(/^Why/).fill('The role needs production Kubernetes experience')
    await bulk.getByLabel('Send the rejection message').check()
    await bulk.getByRole('button', { name: 'Reject 2 selected' }).click()
    await expect
      .poll(
        async () =>
          (await api<Shortlist>(baseUrl, `/v1/jobs/${jobId}/shortlist?stage=rejected`, { token })).total,
        { timeout: 20_000 },
      )
      .toBe(2)
    const history = await api<{ history: { toStage: string; reason: string | null }[] }>(
      baseUrl,
      `/v1/applications/${sofiaId}/stage`,
      { token },
    )
    expect(history.history.at(-1)).toMatchObject({
      toStage: 'rejected',
      reason: 'The role needs production Kubernetes experience',
    })
    await page.getByLabel('Stage', { exact: true }).selectOption('rejected')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.waitForURL(/stage=rejected/)
    await expect.poll(() => page.locator('.shortlist-table tbody tr').count(), { timeout: 20_000 }).toBe(2)
    await expectAccessible(page, 'shortlist after a bulk reject')

    // Without a mail server both rejections wait in the outbox.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click()
    await page.getByRole('article', { name: 'Rejection for Sofia Martins' }).waitFor()
    await page.getByRole('article', { name: /^Rejection for Tom Becker$/i }).waitFor()
    await expectAccessible(page, 'outbox with rejections')
  })
})
