import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from '../src/index'
import { createScoredJob } from './scored-job'
import { expectAccessible, newAccount, openSignedInPage, signUpAndSignIn } from './support'

const baseUrl = inject('baseUrl')

const RESUMES = [
  'daniel-okafor.docx',
  'elena-garcia.docx',
  'marcus-chen.pdf',
  'priya-raman.pdf',
  'sofia-martins.txt',
  'tom-becker.txt',
]

// With enough scored applicants the role kit reads the pool: each requirement shows how the applicants stand on
// it, and the questions it shaped say why in their "why" line.
describe('the role kit beside its applicant pool', () => {
  let browser: Browser
  let page: Page
  let jobId = ''

  beforeAll(async () => {
    const token = await signUpAndSignIn(baseUrl, newAccount('kitpool'))
    jobId = (await createScoredJob(baseUrl, token, RESUMES)).jobId
    browser = await launchChromium()
    page = (
      await openSignedInPage(browser, baseUrl, token, {
        viewport: { width: 1280, height: 900 },
        timeout: 30_000,
      })
    ).page
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows a pool line per requirement and the pool in the why of the questions it shaped', async () => {
    await page.goto(`/jobs/${jobId}/kit`)
    await page.getByRole('button', { name: 'Generate interview kit' }).click()
    await page.locator('.kit-question').first().waitFor({ timeout: 90_000 })
    const lines = await page.locator('.kit-pool').allTextContents()
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines)
      expect(line).toMatch(
        /^Applicant pool \(5\+ scored\): \d+% match · \d+% only list it, without described use · \d+% partly · \d+% missing$/,
      )
    const reasons = await page.locator('.kit-why').allTextContents()
    expect(reasons.some((reason) => /\d+% of applicants/.test(reason))).toBe(true)
    await expectAccessible(page, 'kit with pool lines')
  })
})
