import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'
import { demoFixturesDir, findSeriousViolations } from '../src/index'

/** A unique, valid staff account for one test file. */
/** Signs up a new organisation, then signs in: signup answers 202 with no token, whether or not the email exists. */
export async function signUpAndSignIn(
  baseUrl: string,
  account: ReturnType<typeof newAccount>,
): Promise<string> {
  await api(baseUrl, '/v1/auth/signup', { method: 'POST', body: account })
  const { accessToken } = await api<{ accessToken: string }>(baseUrl, '/v1/auth/login', {
    method: 'POST',
    body: { email: account.email, password: account.password },
  })
  return accessToken
}

export function newAccount(label: string) {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  return {
    organizationName: `Browser ${label} ${suffix}`,
    name: `Riley ${label}`,
    email: `riley.${label}.${suffix}@example.com`,
    password: 'correct horse battery staple',
  }
}

/** The demo posting: its first line is the title, the rest is the posting text. */
export function demoPosting(file = 'ml-platform-engineer.txt'): { title: string; description: string } {
  const text = readFileSync(join(demoFixturesDir, 'jobs', file), 'utf8')
  const [title = 'Demo job', ...rest] = text.split('\n')
  return { title: title.replace(/^#+\s*/, '').trim(), description: rest.join('\n').trim() }
}

/** One demo resume per format (PDF, DOCX, TXT), by absolute path. */
export function demoResumes(): { pdf: string; docx: string; txt: string } {
  const dir = join(demoFixturesDir, 'resumes')
  if (!existsSync(dir)) throw new Error(`Demo resumes are missing: ${dir}`)
  const files = readdirSync(dir).sort()
  const pick = (extension: string) => {
    const file = files.find((name) => name.toLowerCase().endsWith(extension))
    if (!file) throw new Error(`No ${extension} resume in ${dir}`)
    return join(dir, file)
  }
  return { pdf: pick('.pdf'), docx: pick('.docx'), txt: pick('.txt') }
}

/** Calls the JSON API directly (for setup that is not under test). */
export async function api<T>(
  baseUrl: string,
  path: string,
  init: { method?: string; body?: unknown; token?: string },
) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${path} failed: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/**
 * A page of a fresh browser context already signed in with `token` (the app keeps it in local storage), as a
 * returning user meets it.
 */
export async function openSignedInPage(
  browser: Browser,
  baseUrl: string,
  token: string,
  options: { viewport?: { width: number; height: number }; timeout?: number; permissions?: string[] } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    ...(options.viewport ? { viewport: options.viewport } : {}),
  })
  if (options.permissions) await context.grantPermissions(options.permissions, { origin: baseUrl })
  await context.addInitScript((value) => {
    window.localStorage.setItem('shortlist.accessToken', value)
  }, token)
  const page = await context.newPage()
  page.setDefaultTimeout(options.timeout ?? 20_000)
  return { context, page }
}

/** Waits (hooks cannot use expect.poll) until the job's shortlist holds `count` scored applications, and returns it. */
export async function waitForShortlist<T extends { total: number }>(
  baseUrl: string,
  jobId: string,
  token: string,
  count: number,
): Promise<T> {
  const deadline = Date.now() + 90_000
  let shortlist = await api<T>(baseUrl, `/v1/jobs/${jobId}/shortlist`, { token })
  while (shortlist.total < count) {
    if (Date.now() > deadline) throw new Error(`${shortlist.total} of ${count} resumes scored in time`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    shortlist = await api<T>(baseUrl, `/v1/jobs/${jobId}/shortlist`, { token })
  }
  return shortlist
}

/** Fails the test with a readable list when axe finds serious or critical problems. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // A region still loading (aria-busy, e.g. a table faded while its next page is fetched) is checked once it has
  // settled: its faded colours are a loading state, not the page's contrast.
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null)
  const violations = await findSeriousViolations(page)
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([])
}

/**
 * Presses Tab until the focused element matches `selector` (and, if given, its text or accessible name
 * contains `text`). Returns the number of presses, failing after `limit`.
 */
export async function tabTo(
  page: Page,
  selector: string,
  text?: string,
  limit = 150,
  direction: 'forward' | 'backward' = 'forward',
): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press(direction === 'forward' ? 'Tab' : 'Shift+Tab')
    const found = await page.evaluate(
      ({ selector, text }) => {
        const element = document.activeElement
        if (!element?.matches(selector)) return false
        if (!text) return true
        const label = [
          element.textContent ?? '',
          element.getAttribute('aria-label') ?? '',
          ...Array.from((element as HTMLInputElement).labels ?? []).map((item) => item.textContent ?? ''),
        ].join(' ')
        return label.toLowerCase().includes(text.toLowerCase())
      },
      { selector, text },
    )
    if (found) return presses
  }
  throw new Error(`Could not reach ${selector}${text ? ` “${text}”` : ''} with ${limit} Tab presses.`)
}
