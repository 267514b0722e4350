import type { Browser, FileChooser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from '../src/index'
import { api, demoPosting, demoResumes, newAccount, openSignedInPage, tabTo } from './support'

const baseUrl = inject('baseUrl')

describe('keyboard-only use', () => {
  let browser: Browser
  let page: Page
  let jobId = ''

  beforeAll(async () => {
    // Account and job come from the API: only the upload and the decision are under test here.
    const account = newAccount('keys')
    await api(baseUrl, '/v1/auth/signup', { method: 'POST', body: account })
    const { accessToken } = await api<{ accessToken: string }>(baseUrl, '/v1/auth/login', {
      method: 'POST',
      body: { email: account.email, password: account.password },
    })
    const posting = demoPosting('senior-backend-engineer-payments.txt')
    const job = await api<{ id: string }>(baseUrl, '/v1/jobs', {
      method: 'POST',
      body: posting,
      token: accessToken,
    })
    jobId = job.id
    browser = await launchChromium()
    page = (await openSignedInPage(browser, baseUrl, accessToken)).page
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('skips to content, uploads through the file input opened with the keyboard, and shows focus', async () => {
    await page.goto(`/jobs/${jobId}`)
    await page.locator('.requirement').first().waitFor({ timeout: 90_000 })

    // On a fresh load the first Tab reaches the skip link, and it is visible when focused.
    await page.keyboard.press('Tab')
    const skip = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      return { text: element.textContent, top: element.getBoundingClientRect().top }
    })
    expect(skip.text).toBe('Skip to content')
    expect(skip.top).toBeGreaterThanOrEqual(0)

    await tabTo(page, 'input[type="file"]', 'Choose resume files', 400)
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    )
    expect(outline).not.toBe('none')
    // Headless Chromium occasionally drops the first activation of a file input under load; a person would press
    // again, and so does the test (keyboard only, Space then Enter).
    let chooser: FileChooser | null = null
    for (const key of ['Space', 'Space', 'Enter', 'Space']) {
      const opened = page.waitForEvent('filechooser', { timeout: 5_000 }).catch(() => null)
      await page.keyboard.press(key)
      chooser = await opened
      if (chooser) break
    }
    if (!chooser) throw new Error('the keyboard never opened the file chooser')
    await chooser.setFiles([demoResumes().txt])
    await page.locator('.upload-row [data-status="scored"]').first().waitFor({ timeout: 150_000 })
  })

  it('records a decision using Tab, Enter and Space only', async () => {
    // Focus is still on the file input; the finished upload's link comes after it.
    await tabTo(page, '.upload-row a', 'View', 50)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/)
    await page.locator('.resume-text').waitFor()

    // Navigation moved focus to the page heading; the decision form is further down.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    await tabTo(page, 'textarea', 'Reason', 400)
    await page.keyboard.type('Payments background, but no on-call experience yet.')
    await tabTo(page, 'button', 'Hold', 5)
    await page.keyboard.press('Space')
    await page.locator('.decision-current .badge-decision-hold').waitFor()

    // Focus stayed on the Hold button; go back to the reason and use Enter this time.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hold')
    await tabTo(page, 'textarea', 'Reason', 5, 'backward')
    await page.keyboard.type('Second look: strong enough to advance.')
    await tabTo(page, 'button', 'Advance', 5)
    await page.keyboard.press('Enter')
    await page.locator('.decision-current .badge-decision-advance').waitFor()
  })
})
