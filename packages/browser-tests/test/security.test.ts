import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from '../src/index'
import { api, newAccount } from './support'

const baseUrl = inject('baseUrl')

// The Content-Security-Policy must let the app itself run untouched while refusing script that was not shipped
// with it; and an admin can hand out a password-reset link that works in the browser.
describe('the web app under its security headers', () => {
  let browser: Browser
  let page: Page
  let adminToken = ''
  const violations: string[] = []

  beforeAll(async () => {
    const account = newAccount('csp')
    await api(baseUrl, '/v1/auth/signup', { method: 'POST', body: account })
    adminToken = (
      await api<{ accessToken: string }>(baseUrl, '/v1/auth/login', {
        method: 'POST',
        body: { email: account.email, password: account.password },
      })
    ).accessToken
    browser = await launchChromium()
    const context = await browser.newContext({ baseURL: baseUrl })
    page = await context.newPage()
    page.setDefaultTimeout(20_000)
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
    })
    page.on('pageerror', (error) => violations.push(error.message))
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('renders the signed-in app and the API docs without a single CSP violation', async () => {
    await page.goto('/sign-in')
    await page.evaluate((token) => window.localStorage.setItem('shortlist.accessToken', token), adminToken)
    await page.goto('/users')
    await page.getByRole('heading', { name: 'Team' }).waitFor()
    await page.getByRole('button', { name: 'Password reset link' }).first().waitFor()
    await page.goto('/jobs')
    await page.getByRole('main').waitFor()
    await page.goto('/docs')
    await page.locator('.swagger-ui').first().waitFor()
    expect(violations).toEqual([])
  })

  it('refuses inline script injected into the page', async () => {
    await page.goto('/sign-in')
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.injected = true'
      document.body.appendChild(script)
      return (window as unknown as { injected?: boolean }).injected === true
    })
    expect(ran).toBe(false)
  })

  it('sets a new password from a reset link and continues signed in', async () => {
    const email = `reset.${Date.now().toString(36)}@example.com`
    const user = await api<{ id: string }>(baseUrl, '/v1/users', {
      method: 'POST',
      token: adminToken,
      body: { email, name: 'Reset Me', role: 'recruiter', password: 'correct horse battery staple' },
    })
    const link = await api<{ url: string }>(baseUrl, `/v1/users/${user.id}/password-reset`, {
      method: 'POST',
      token: adminToken,
      body: {},
    })
    await page.goto(new URL(link.url).pathname)
    await page.getByLabel('New password', { exact: true }).fill('a fresh and private passphrase')
    await page.getByRole('button', { name: 'Save and sign in' }).click()
    await page.waitForURL(/\/jobs$/)
    const login = await fetch(`${baseUrl}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'a fresh and private passphrase' }),
    })
    expect(login.status).toBe(200)
  })
})
