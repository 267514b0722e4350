import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type RunningStack, startStack } from '../src/index'
import { createScoredJob, readyRoleKit } from './scored-job'
import { api, expectAccessible, newAccount, signUpAndSignIn } from './support'

type ReceivedMail = { to: string[]; raw: string }

/** A real SMTP server in this process: the API's worker delivers to it with nodemailer, as it would to any. */
async function startSmtpServer() {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((address) => address.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Quoted-printable soft breaks and escapes undone, so a long link reads as one line. */
const decodeMail = (raw: string): string =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))

// Its own stack with SMTP_URL set: the invite sent from the candidate page reaches a real SMTP server, and the
// link in that e-mail opens the prep page on a phone and then on a laptop (two browser contexts: no shared
// storage), showing the candidate's current stage and nothing internal.
describe('invite by e-mail, opened on two devices', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  let stack: RunningStack
  let browser: Browser
  let token = ''
  let jobId = ''
  let sofiaId = ''
  let kitQuestions: string[] = []

  beforeAll(async () => {
    smtp = await startSmtpServer()
    stack = await startStack({
      label: 'server-smtp',
      env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Hiring <hiring@example.test>' },
    })
    token = await signUpAndSignIn(stack.baseUrl, newAccount('smtp'))
    const job = await createScoredJob(stack.baseUrl, token, ['sofia-martins.txt', 'tom-becker.txt'])
    jobId = job.jobId
    sofiaId = job.applicationIds.get('sofia-martins.txt') ?? ''
    kitQuestions = await readyRoleKit(stack.baseUrl, token, jobId)
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
    await smtp?.stop()
  })

  it('delivers the invite by SMTP and its link opens prep on a phone, then on a laptop', async () => {
    const baseUrl = stack.baseUrl
    const staff = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } })
    await staff.addInitScript((value) => {
      window.localStorage.setItem('shortlist.accessToken', value)
    }, token)
    const page = await staff.newPage()
    page.setDefaultTimeout(20_000)
    await page.goto(`/applications/${sofiaId}`)
    const messages = page.getByRole('region', { name: 'Messages to the candidate' })
    await messages.getByRole('button', { name: 'Preview' }).click()
    await messages.getByText(/^To: sofia\.martins@example\.com/).waitFor()
    await messages.getByRole('button', { name: 'Send', exact: true }).click()
    // The worker sends it; once the SMTP server has accepted it, the candidate page says so.
    await expect
      .poll(
        async () =>
          (
            await api<{ items: { kind: string; status: string }[] }>(
              baseUrl,
              `/v1/applications/${sofiaId}/messages`,
              { token },
            )
          ).items.find((message) => message.kind === 'prep_invite')?.status,
        { timeout: 60_000, interval: 500 },
      )
      .toBe('sent')
    await page.reload()
    await page
      .getByRole('region', { name: 'Messages to the candidate' })
      .getByText('Sent', { exact: true })
      .waitFor()
    await expectAccessible(page, 'candidate page with a sent invite')
    await staff.close()

    expect(smtp.received).toHaveLength(1)
    const mail = smtp.received[0] as ReceivedMail
    expect(mail.to).toEqual(['sofia.martins@example.com'])
    const link = decodeMail(mail.raw).match(/https?:\/\/[^\s"<>]+\/invite\/[A-Za-z0-9_-]+/)?.[0] ?? ''
    expect(link.startsWith(`${baseUrl}/invite/`)).toBe(true)

    const devices = [
      {
        name: 'phone',
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        stage: 'Applied',
      },
      {
        name: 'laptop',
        viewport: { width: 1366, height: 768 },
        isMobile: false,
        hasTouch: false,
        stage: 'Interview',
      },
    ]
    for (const device of devices) {
      if (device.name === 'laptop') {
        // Staff move the candidate on between the two visits: the prep page shows where they are now.
        await api(baseUrl, `/v1/applications/${sofiaId}/stage`, {
          method: 'POST',
          body: { stage: 'interview', reason: 'Invited to interview' },
          token,
        })
      }
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport: device.viewport,
        isMobile: device.isMobile,
        hasTouch: device.hasTouch,
      })
      try {
        const prep = await context.newPage()
        prep.setDefaultTimeout(20_000)
        await prep.goto(link)
        await prep.waitForURL('**/prep')
        await prep.getByRole('heading', { level: 1, name: /Preparing for/ }).waitFor()
        await prep.getByRole('heading', { name: 'Practice questions' }).waitFor()
        expect(await prep.locator('.prep-stage').textContent(), device.name).toContain(device.stage)
        const text = (await prep.locator('main').textContent()) ?? ''
        expect(text.toLowerCase()).not.toMatch(/\bscores?\b|\brank\b|required met|rubric/)
        expect(text.toLowerCase()).not.toContain('becker')
        for (const question of kitQuestions) expect(text).not.toContain(question)
        await expectAccessible(prep, `prep on a ${device.name}`)
      } finally {
        await context.close()
      }
    }
  })
})
