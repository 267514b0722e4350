import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { artifactsDir, launchChromium } from '../src/index'
import { demoPosting, demoResumes, expectAccessible, newAccount } from './support'

const baseUrl = inject('baseUrl')

// One recruiter journey, in order: each step builds on the state the previous one left behind.
describe('screening flow in a real browser', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let jobUrl = ''
  let candidateUrl = ''

  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true })
    browser = await launchChromium()
    context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } })
    page = await context.newPage()
    page.setDefaultTimeout(20_000)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('signs up a new organization and lands on the jobs page', async () => {
    const account = newAccount('flow')
    await page.goto('/sign-up')
    await expectAccessible(page, 'sign-up')
    await page.getByLabel('Organization name').fill(account.organizationName)
    await page.getByLabel('Your name').fill(account.name)
    await page.getByLabel('Email').fill(account.email)
    await page.getByLabel('Password').fill(account.password)
    await page.getByRole('button', { name: 'Create organization' }).click()
    await page.waitForURL('**/jobs')
    await page.getByRole('heading', { level: 1, name: 'Jobs' }).waitFor()
    await page.getByText('No jobs yet.').waitFor()
    await expectAccessible(page, 'jobs (empty)')
  })

  it('creates a job from a pasted posting and shows requirements beside their source text', async () => {
    const posting = demoPosting()
    await page.getByRole('link', { name: 'New job' }).click()
    await page.waitForURL('**/jobs/new')
    await page.getByLabel('Job title').fill(posting.title)
    await page.getByLabel('Job posting').fill(posting.description)
    await page.getByRole('button', { name: 'Create job' }).click()
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/)
    jobUrl = new URL(page.url()).pathname
    await page.locator('.requirement').first().waitFor({ timeout: 90_000 })
    expect(await page.locator('.requirement').count()).toBeGreaterThan(2)
    // Parsed requirements point at the words they came from.
    expect(await page.locator('.posting-text mark[data-requirement-id]').count()).toBeGreaterThan(0)
    await expectAccessible(page, 'job')
  })

  it('changes one requirement from required to nice-to-have and the change survives a reload', async () => {
    const firstKind = page.locator('.requirement').first().getByLabel('Kind')
    const before = await firstKind.inputValue()
    const after = before === 'required' ? 'nice_to_have' : 'required'
    await firstKind.selectOption(after)
    await page.getByRole('button', { name: 'Save requirements' }).click()
    await page.getByText('Requirements saved.').waitFor()
    await page.reload()
    await page.locator('.requirement').first().waitFor()
    expect(await page.locator('.requirement').first().getByLabel('Kind').inputValue()).toBe(after)
  })

  it('adds a nice-to-have language with a level; the level, shown only for languages, survives a reload', async () => {
    const count = await page.locator('.requirement').count()
    await page.getByRole('button', { name: 'Add requirement' }).click()
    const added = page.locator('.requirement').nth(count)
    await added.getByLabel('Label').fill('Spanish, upper intermediate or better')
    await added.getByLabel('Kind').selectOption('nice_to_have')
    expect(await added.getByLabel('Level').count()).toBe(0)
    await added.getByLabel('Type').selectOption('language')
    await added.getByLabel('Level').selectOption('B2')
    await page.getByRole('button', { name: 'Save requirements' }).click()
    await page.getByText('Requirements saved.').waitFor()
    await page.reload()
    const reloaded = page.locator('.requirement').nth(count)
    await reloaded.waitFor()
    expect(await reloaded.getByLabel('Type').inputValue()).toBe('language')
    expect(await reloaded.getByLabel('Level').inputValue()).toBe('B2')
  })

  it('uploads a PDF, a DOCX and a TXT resume and watches each reach "scored"', async () => {
    const resumes = demoResumes()
    await page.getByLabel('Choose resume files').setInputFiles([resumes.pdf, resumes.docx, resumes.txt])
    const rows = page.locator('.upload-row')
    await expect.poll(() => rows.count()).toBe(3)
    await expect
      .poll(() => page.locator('.upload-row [data-status="scored"]').count(), {
        timeout: 150_000,
        interval: 1000,
      })
      .toBe(3)
    await expect
      .poll(() => page.locator('.applications-table tr[data-status="scored"]').count(), { timeout: 10_000 })
      .toBe(3)
    await page.screenshot({ path: join(artifactsDir, 'job.png'), fullPage: true })
    await expectAccessible(page, 'job with uploads')
  })

  it('ranks the shortlist: every required item met first, then the rank score', async () => {
    await page.goto(`${jobUrl}/shortlist`)
    await page.locator('.shortlist-table tbody tr').first().waitFor()
    const rows = await page.locator('.shortlist-table tbody tr').evaluateAll((items) =>
      items.map((row) => ({
        met: row.getAttribute('data-all-required-met') === 'true' ? 1 : 0,
        rank: Number(row.getAttribute('data-rank-score')),
        score: Number(row.getAttribute('data-score')),
      })),
    )
    expect(rows).toHaveLength(3)
    const sorted = [...rows].sort((a, b) => b.met - a.met || b.rank - a.rank)
    expect(rows.map((row) => [row.met, row.rank])).toEqual(sorted.map((row) => [row.met, row.rank]))
    expect(rows[0]?.score).toBeGreaterThan(0)
    expect(await page.locator('.shortlist-table .role-fit').count()).toBe(3)
    const ranks = await page.locator('.shortlist-table tbody .col-rank').allTextContents()
    expect(ranks.map(Number)).toEqual([1, 2, 3])
    expect(await page.locator('.shortlist-table .chip').count()).toBeGreaterThan(0)
    expect(await page.locator('.shortlist-table .current-role').count()).toBe(3)
    await page.screenshot({ path: join(artifactsDir, 'shortlist.png'), fullPage: true })
    await expectAccessible(page, 'shortlist')
  })

  it('exports the shortlist as CSV', async () => {
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/\.csv$/)
    const path = await file.path()
    const csv = readFileSync(path, 'utf8')
    // A header plus one line per scored candidate.
    expect(csv.trim().split('\n').length).toBeGreaterThanOrEqual(4)
  })

  it('filters the shortlist through the URL', async () => {
    const top = Number(await page.locator('.shortlist-table tbody tr').first().getAttribute('data-score'))
    const aboveTop = String(Math.floor(top) + 1)
    expect(Number(aboveTop)).toBeLessThanOrEqual(100)
    await page.getByLabel('Minimum score').fill(aboveTop)
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.waitForURL(new RegExp(`minScore=${aboveTop}`))
    await page.getByText('No candidates match these filters.').waitFor()
    await page.getByRole('button', { name: 'Clear' }).click()
    await page.locator('.shortlist-table tbody tr').first().waitFor()
  })

  it('compares two candidates side by side', async () => {
    const boxes = page.locator('.shortlist-table tbody input[type="checkbox"]')
    await boxes.nth(0).check()
    await boxes.nth(1).check()
    await page.getByRole('button', { name: 'Compare selected' }).click()
    await page.waitForURL(/\/compare\?ids=/)
    await page.locator('.compare-table').waitFor()
    expect(await page.locator('.compare-table thead th').count()).toBe(3)
    await expectAccessible(page, 'compare')
    await page.goBack()
  })

  it('opens the top candidate with highlighted evidence and records a decision and a note', async () => {
    await page.locator('.shortlist-table tbody tr').first().getByRole('link').first().click()
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/)
    candidateUrl = new URL(page.url()).pathname
    await page.locator('.resume-text').waitFor()
    // The parsed work history sits beside the evidence.
    expect(await page.locator('.career .career-entry').count()).toBeGreaterThan(0)
    const marks = page.locator('.resume-text mark[data-requirement-id]')
    expect(await marks.count()).toBeGreaterThanOrEqual(1)
    // The highlighted text is the resume text at the evidence offsets.
    const first = await marks.first().evaluate((mark) => ({
      text: mark.textContent ?? '',
      start: Number(mark.getAttribute('data-start')),
      end: Number(mark.getAttribute('data-end')),
    }))
    expect(first.text.length).toBe(first.end - first.start)
    await page
      .getByRole('button', { name: /Show evidence/ })
      .first()
      .click()
    expect(await page.locator('.resume-text mark.is-active').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(artifactsDir, 'candidate.png'), fullPage: true })
    await expectAccessible(page, 'candidate')

    await page.getByLabel('Reason').fill('Strong Kubernetes and model serving evidence.')
    await page.getByRole('button', { name: 'Advance', exact: true }).click()
    await page.locator('.decision-current .badge-decision-advance').waitFor()
    await page.getByText('Strong Kubernetes and model serving evidence.').waitFor()

    await page.getByLabel('Add a note').fill('Ask about the canary rollout they mention.')
    await page.getByRole('button', { name: 'Add note' }).click()
    await page.locator('.note-body', { hasText: 'Ask about the canary rollout' }).waitFor()
  })

  it('generates and shows the interview kit, printable', async () => {
    await page.getByRole('link', { name: 'Interview kit' }).click()
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}\/kit$/)
    const generate = page.getByRole('button', { name: /Generate interview kit|Regenerate/ })
    await generate.waitFor()
    if ((await page.locator('.kit-question').count()) === 0) await generate.click()
    await page.locator('.kit-question').first().waitFor({ timeout: 150_000 })
    const levels = await page.locator('.kit-question').first().locator('.rubric tbody tr').count()
    expect(levels).toBe(4)
    expect(await page.locator('.kit-group h2').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(artifactsDir, 'kit.png'), fullPage: true })
    await expectAccessible(page, 'kit')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('.kit-question').first().isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })
  })

  it('invites the candidate, whose prep page opens in a fresh browser and shows no score', async () => {
    await page.goto(candidateUrl)
    await page.getByRole('button', { name: 'Create invite link' }).click()
    const link = page.getByLabel(/Invite link/)
    await link.waitFor()
    const url = await link.inputValue()
    expect(url).toMatch(/\/invite\/[^/]+$/)

    const candidateContext = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 390, height: 844 },
    })
    try {
      const candidatePage = await candidateContext.newPage()
      candidatePage.setDefaultTimeout(20_000)
      await candidatePage.goto(url)
      await candidatePage.waitForURL('**/prep')
      await candidatePage.getByRole('heading', { level: 1, name: /Preparing for/ }).waitFor()
      const text = ((await candidatePage.locator('main').textContent()) ?? '').toLowerCase()
      expect(text).not.toMatch(/\bscores?\b|\brank\b|required met/)
      expect(await candidatePage.locator('meter, .score, .chip-matched, .chip-missing').count()).toBe(0)
      await candidatePage.screenshot({ path: join(artifactsDir, 'prep.png'), fullPage: true })
      await expectAccessible(candidatePage, 'prep')
      // The candidate token cannot reach staff pages.
      await candidatePage.goto('/jobs')
      await candidatePage.waitForURL(/\/sign-in/)
    } finally {
      await candidateContext.close()
    }
  })

  it('lets an admin add a hiring manager, who can decide but not upload or create jobs', async () => {
    await page.goto('/users')
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor()
    const manager = newAccount('manager')
    await page.getByLabel('Name').fill(manager.name)
    await page.getByLabel('Email').fill(manager.email)
    await page.getByLabel('Role').selectOption('hiring_manager')
    await page.getByLabel('Temporary password').fill(manager.password)
    await page.getByRole('button', { name: 'Add user' }).click()
    await page.getByRole('cell', { name: manager.email }).waitFor()
    await expectAccessible(page, 'users')

    const managerContext = await browser.newContext({ baseURL: baseUrl })
    try {
      const managerPage = await managerContext.newPage()
      managerPage.setDefaultTimeout(20_000)
      // A deep link survives sign-in: the manager lands on the page they asked for.
      await managerPage.goto(`${jobUrl}/shortlist`)
      await managerPage.waitForURL(/\/sign-in\?next=/)
      await managerPage.getByLabel('Email').fill(manager.email)
      await managerPage.getByLabel('Password').fill(manager.password)
      await managerPage.getByRole('button', { name: 'Sign in' }).click()
      await managerPage.waitForURL(`**${jobUrl}/shortlist`)
      await managerPage.locator('.shortlist-table tbody tr').first().waitFor()
      await managerPage.goto('/jobs')
      await managerPage.locator('.jobs-table').waitFor()
      expect(await managerPage.getByRole('link', { name: 'New job' }).count()).toBe(0)
      await managerPage.goto(jobUrl)
      await managerPage.locator('.requirement').first().waitFor()
      expect(await managerPage.getByLabel('Choose resume files').count()).toBe(0)
      await managerPage.goto(candidateUrl)
      await managerPage.getByRole('button', { name: 'Reject', exact: true }).waitFor()
      expect(await managerPage.getByRole('button', { name: 'Create invite link' }).count()).toBe(0)
    } finally {
      await managerContext.close()
    }
  })

  it('keeps pages usable at phone width without page-level horizontal scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 800 })
    for (const path of ['/jobs', `${jobUrl}/shortlist`, candidateUrl, jobUrl, '/users']) {
      await page.goto(path)
      await page.locator('h1').first().waitFor()
      await page.waitForLoadState('networkidle')
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, path).toBeLessThanOrEqual(1)
    }
  })
})
