import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from '../src/index'
import {
  api,
  demoPosting,
  demoResumes,
  expectAccessible,
  newAccount,
  openSignedInPage,
  signUpAndSignIn,
  tabTo,
} from './support'

const baseUrl = inject('baseUrl')

type Question = { id: string; type: string; requirementIds: string[] }

async function poll<T>(check: () => Promise<T | null>, what: string, timeoutMs = 150_000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

// An interviewer fills in and submits a scorecard with the keyboard alone: the queue, the rubric radio groups,
// the notes and the recommendation, with no serious axe findings on the scorecard page.
describe('scorecard by keyboard', () => {
  let browser: Browser
  let page: Page
  let interviewId = ''

  beforeAll(async () => {
    // Job, resume, kit, plan and assignment come from the API: only the interviewer's part is under test.
    const account = newAccount('scorecard')
    const adminToken = await signUpAndSignIn(baseUrl, account)
    const interviewer = {
      email: `interviewer.${account.email}`,
      name: 'Ines Interviewer',
      role: 'interviewer',
      password: 'correct horse battery staple',
    }
    const user = await api<{ id: string }>(baseUrl, '/v1/users', {
      method: 'POST',
      body: interviewer,
      token: adminToken,
    })
    const job = await api<{ id: string }>(baseUrl, '/v1/jobs', {
      method: 'POST',
      body: demoPosting(),
      token: adminToken,
    })
    const ready = await poll(async () => {
      const current = await api<{ status: string; requirements: Array<{ id: string }> }>(
        baseUrl,
        `/v1/jobs/${job.id}`,
        { token: adminToken },
      )
      return current.status === 'ready' ? current : null
    }, 'job analysis')

    const resume = demoResumes().txt
    const form = new FormData()
    form.append('files', new Blob([readFileSync(resume)], { type: 'text/plain' }), basename(resume))
    const upload = await fetch(`${baseUrl}/v1/jobs/${job.id}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}` },
      body: form,
    })
    expect(upload.status).toBe(202)
    const applicationId = await poll(async () => {
      const shortlist = await api<{ items: Array<{ applicationId: string }> }>(
        baseUrl,
        `/v1/jobs/${job.id}/shortlist`,
        { token: adminToken },
      )
      return shortlist.items[0]?.applicationId ?? null
    }, 'scoring')

    await api(baseUrl, `/v1/jobs/${job.id}/interview-kit`, { method: 'POST', body: {}, token: adminToken })
    const kit = await poll(async () => {
      const current = await api<{ status: string; questions: Question[] }>(
        baseUrl,
        `/v1/jobs/${job.id}/interview-kit`,
        { token: adminToken },
      )
      return current.status === 'ready' ? current : null
    }, 'role kit')
    const technical = kit.questions.filter((question) => question.type === 'technical').slice(0, 2)
    const plan = await api<{ interviews: Array<{ id: string }> }>(
      baseUrl,
      `/v1/jobs/${job.id}/interview-plan`,
      {
        method: 'PUT',
        body: {
          interviews: [
            {
              name: 'Technical screen',
              questionIds: technical.map((question) => question.id),
              requirementIds: ready.requirements.slice(0, 2).map((requirement) => requirement.id),
            },
          ],
        },
        token: adminToken,
      },
    )
    const assigned = await api<{ items: Array<{ id: string }> }>(
      baseUrl,
      `/v1/applications/${applicationId}/interviews`,
      {
        method: 'POST',
        body: { interviewId: plan.interviews[0]?.id, interviewerIds: [user.id] },
        token: adminToken,
      },
    )
    interviewId = assigned.items[0]?.id ?? ''

    const { accessToken } = await api<{ accessToken: string }>(baseUrl, '/v1/auth/login', {
      method: 'POST',
      body: { email: interviewer.email, password: interviewer.password },
    })
    browser = await launchChromium()
    page = (await openSignedInPage(browser, baseUrl, accessToken)).page
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('opens the interview from the queue and submits the scorecard with Tab, arrows, Space and Enter', async () => {
    // An interviewer's home is their queue.
    await page.goto('/jobs')
    await page.waitForURL(/\/interviews$/)
    await page.locator(`[data-interview-id="${interviewId}"]`).waitFor()
    await tabTo(page, `[data-interview-id="${interviewId}"] a`)
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`/interviews/${interviewId}$`))
    await page.locator('fieldset.kit-question').first().waitFor()
    await expectAccessible(page, 'scorecard')

    // First question: Tab into its rubric group, then the arrow key moves to and selects the next level.
    await tabTo(page, 'input[type="radio"][name^="level-"]')
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Explained the rollback path step by step.')
    // Second question: the next Tab stop is its group (the summary of its rubric details first).
    await tabTo(page, 'input[type="radio"][name^="level-"]')
    await page.keyboard.press('Space')
    await tabTo(page, 'input[type="radio"][name="recommendation"]')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await tabTo(page, 'button', 'Submit scorecard')
    await page.keyboard.press('Enter')
    await page.getByText('This scorecard was submitted and can no longer change.').waitFor()

    const checked = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')).map((input) => ({
        name: input.name,
        value: input.value,
      })),
    )
    expect(checked.filter((item) => item.name.startsWith('level-')).map((item) => item.value)).toEqual([
      '3',
      '1',
    ])
    expect(checked.find((item) => item.name === 'recommendation')?.value).toBe('strong_yes')
    expect(await page.locator('textarea').first().inputValue()).toBe(
      'Explained the rollback path step by step.',
    )
  })
})
