import { readFileSync } from 'node:fs'
import { join } from 'node:path'
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

type Shortlist = {
  total: number
  items: { applicationId: string; candidate: { id: string; name: string | null } }[]
}

// The admin's privacy page: the audit log (filtered, paginated) with an erasure in it, and the retention period.
describe('the privacy page in a real browser', () => {
  let browser: Browser
  let page: Page
  let token = ''
  let jobId = ''
  let sofiaApplicationId = ''

  beforeAll(async () => {
    token = await signUpAndSignIn(baseUrl, newAccount('privacy'))
    jobId = (await api<{ id: string }>(baseUrl, '/v1/jobs', { method: 'POST', body: demoPosting(), token }))
      .id
    const form = new FormData()
    for (const name of ['tom-becker.txt', 'sofia-martins.txt'])
      form.append('files', new Blob([readFileSync(join(demoFixturesDir, 'resumes', name))]), name)
    const upload = await fetch(`${baseUrl}/v1/jobs/${jobId}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    })
    if (!upload.ok) throw new Error(`upload failed: ${upload.status}`)
    const shortlist = await waitForShortlist<Shortlist>(baseUrl, jobId, token, 2)
    const item = shortlist.items.find((entry) => entry.candidate.name?.startsWith('Tom'))
    const kept = shortlist.items.find((entry) => entry !== item)
    if (!item || !kept) throw new Error(`unexpected shortlist: ${JSON.stringify(shortlist.items)}`)
    sofiaApplicationId = kept.applicationId
    await api(baseUrl, `/v1/applications/${item.applicationId}`, { token })
    await api(baseUrl, `/v1/candidates/${item.candidate.id}`, { method: 'DELETE', token })
    // Enough entries for a second page: each change of the period is one.
    for (let months = 1; months <= 55; months++)
      await api(baseUrl, '/v1/retention', { method: 'PUT', body: { months: 1 + (months % 60) }, token })
    await api(baseUrl, '/v1/retention', { method: 'PUT', body: { months: 24 }, token })

    browser = await launchChromium()
    page = (await openSignedInPage(browser, baseUrl, token, { viewport: { width: 1280, height: 900 } })).page
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('lists the audit log newest first and pages through it', async () => {
    await page.goto('/jobs')
    await page.getByRole('link', { name: 'Privacy' }).click()
    await page.getByRole('heading', { name: 'Audit log' }).waitFor()
    const rows = page.locator('table:has(caption:text("Audit log entries")) tbody tr')
    await expect.poll(() => rows.count()).toBe(50)
    await expect.poll(() => rows.first().textContent()).toContain('changed retention period')
    const pages = page.getByRole('navigation', { name: 'Audit log pages' })
    await pages.getByText(/^1–50 of \d+$/).waitFor()
    await pages.getByRole('button', { name: 'Next' }).click()
    await page.waitForURL(/offset=50/)
    await pages.getByText(/^51–\d+ of \d+$/).waitFor()
    await expectAccessible(page, 'privacy page, second page of the audit log')
  })

  it('filters to erasures, which keep counts and no personal data', async () => {
    await page.goto('/privacy')
    await page.getByLabel('Action').selectOption('candidate.erased')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.waitForURL(/action=candidate.erased/)
    const rows = page.locator('table:has(caption:text("Audit log entries")) tbody tr')
    await expect.poll(() => rows.count()).toBe(1)
    const text = (await rows.first().textContent()) ?? ''
    expect(text).toContain('erased candidate')
    expect(text).toContain('reason: request')
    expect(text).toMatch(/1 applications/)
    expect(text).not.toMatch(/Tom|Becker/i)
    // The application viewed before the erasure is still in the trail, under its opaque id only.
    await page.getByLabel('Action').selectOption('application.viewed')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect.poll(() => rows.count()).toBe(1)
    await expectAccessible(page, 'privacy page, filtered audit log')
  })

  it('saves the retention period and refuses one out of range', async () => {
    await page.goto('/privacy')
    const field = page.getByLabel('Erase candidates after this many months without activity')
    await field.fill('0')
    await page.getByRole('button', { name: 'Save period' }).click()
    await page.getByText('Enter a whole number of months from 1 to 120.').waitFor()
    await field.fill('18')
    await page.getByRole('button', { name: 'Save period' }).click()
    await page.getByText('Candidates are now kept for 18 months without activity.').waitFor()
    const retention = await api<{ months: number }>(baseUrl, '/v1/retention', { token })
    expect(retention.months).toBe(18)
    await page.getByText('No candidate is due for erasure in the next 30 days.').waitFor()
    await expectAccessible(page, 'privacy page, retention saved')
  })
  it('exports and erases a candidate from their page', async () => {
    await page.goto(`/applications/${sofiaApplicationId}`)
    const panel = page.getByRole('region', { name: 'Candidate data' })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export data (JSON)' }).click(),
    ])
    const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8'))
    expect(exported.candidate.name).toBe('Sofia Martins')
    expect(exported.applications[0].document.text).toContain('Sofia Martins')

    await panel.getByRole('button', { name: 'Erase candidate…' }).click()
    const erase = panel.getByRole('button', { name: 'Erase permanently' })
    expect(await erase.isDisabled()).toBe(true)
    await expectAccessible(page, 'application page, erasure confirmation')
    await panel.getByLabel('Type ERASE to confirm').fill('ERASE')
    await erase.click()
    await page.waitForURL(new RegExp(`/jobs/${jobId}/shortlist$`))
    const response = await fetch(`${baseUrl}/v1/applications/${sofiaApplicationId}`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(response.status).toBe(404)
  })
})
