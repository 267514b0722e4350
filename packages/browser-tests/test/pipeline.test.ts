import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoFixturesDir, launchChromium } from '../src/index'
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

type Shortlist = { total: number; items: { applicationId: string; stage: string }[] }

// Stage moves from the shortlist (bulk) and from the candidate page, and the outbox without a mail server.
describe('pipeline stages and messages in a real browser', () => {
  let browser: Browser
  let page: Page
  let jobId = ''
  let token = ''

  beforeAll(async () => {
    const account = newAccount('pipeline')
    token = await signUpAndSignIn(baseUrl, account)
    jobId = (await api<{ id: string }>(baseUrl, '/v1/jobs', { method: 'POST', body: demoPosting(), token }))
      .id
    const form = new FormData()
    for (const name of ['sofia-martins.txt', 'tom-becker.txt'])
      form.append('files', new Blob([readFileSync(join(demoFixturesDir, 'resumes', name))]), basename(name))
    const upload = await fetch(`${baseUrl}/v1/jobs/${jobId}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    })
    if (!upload.ok) throw new Error(`upload failed: ${upload.status}`)
    await waitForShortlist<Shortlist>(baseUrl, jobId, token, 2)
    browser = await launchChromium()
    page = (await openSignedInPage(browser, baseUrl, token, { viewport: { width: 1280, height: 900 } })).page
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('moves the selected candidates in bulk and filters the shortlist by stage', async () => {
    await page.goto(`/jobs/${jobId}/shortlist`)
    await page.getByLabel('Select every candidate on this page').check()
    const bulk = page.getByRole('region', { name: 'Move or reject the selected candidates' })
    await bulk.getByLabel('Move to', { exact: true }).selectOption('screening')
    await bulk.getByRole('button', { name: 'Move 2 selected' }).click()
    await expect
      .poll(
        async () =>
          (await api<Shortlist>(baseUrl, `/v1/jobs/${jobId}/shortlist?stage=screening`, { token })).total,
      )
      .toBe(2)
    await page.getByLabel('Stage', { exact: true }).selectOption('screening')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.waitForURL(/stage=screening/)
    await expect.poll(() => page.locator('.shortlist-table tbody tr').count()).toBe(2)
    await expectAccessible(page, 'shortlist with stages')
  })

  it('rejects from the candidate page only with a reason, shows the history and steps to the next', async () => {
    await page.locator('.shortlist-table tbody tr').first().getByRole('link').first().click()
    await page.getByRole('heading', { name: /Stage:/ }).waitFor()
    const stage = page.locator('.stage-panel')
    // Opened from the list filtered to screening: the first of two, with a link to the next one.
    const list = stage.getByRole('navigation', { name: 'Candidates in this list' })
    await list.getByText('1 of 2 in Screening').waitFor()
    expect(await list.getByRole('link').count()).toBe(1)
    expect(await list.getByRole('link').getAttribute('href')).toMatch(
      /^\/applications\/[\w-]+\?stage=screening$/,
    )
    await stage.getByLabel('Move to', { exact: true }).selectOption('rejected')
    await stage.getByRole('button', { name: 'Reject candidate' }).click()
    await stage.getByText('Say why the candidate is rejected.').waitFor()
    await stage.getByLabel(/^Why/).fill('Not enough platform experience')
    await stage.getByLabel('Send the rejection message').check()
    await stage.getByRole('button', { name: 'Reject candidate' }).click()
    await page.getByRole('heading', { name: /Stage: Rejected/ }).waitFor()
    await page.getByText('History (2)').click()
    await page.getByText(/Screening → Rejected: Not enough platform experience/).waitFor()
    await expectAccessible(page, 'candidate with stage')
    // Without a mail server the rejection waits in the outbox, ready to copy.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click()
    await page.getByRole('button', { name: 'Copy message' }).first().waitFor()
    await expectAccessible(page, 'outbox')
  })
})
