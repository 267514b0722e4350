import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReadyJob, uploadAndScore } from './kit-flow'
import { client, type Json, readFixture, signup, startTestStack, type TestStack, waitFor } from './test-stack'

type Api = ReturnType<typeof client>
type ReceivedMail = { to: string[]; raw: string }

/** A real SMTP server in this process, so nodemailer really speaks SMTP; `stop` makes it unreachable. */
async function startSmtpServer(port = 0) {
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
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.server.address() as AddressInfo
  return {
    port: address.port,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The text of a received message: quoted-printable soft breaks and escapes undone. */
const decodeBody = (raw: string): string =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))

const RESUMES = [
  { name: 'sofia-martins.txt', content: readFixture('demo/resumes/sofia-martins.txt') },
  { name: 'tom-becker.txt', content: readFixture('demo/resumes/tom-becker.txt') },
  {
    name: 'no-address.txt',
    content: Buffer.from(
      'Jordan Lee\nMachine learning engineer\n\nExperience\n2019 - present: ML engineer at Acme. Python, Kubernetes, MLflow, Airflow.\n',
    ),
  },
]

describe('pipeline stages, candidate messages and invites', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  let stack: TestStack
  let admin: Api
  let hiringManager: Api
  let job: Json
  let ids: string[]
  let emails: Map<string, string>

  beforeAll(async () => {
    smtp = await startSmtpServer()
    stack = await startTestStack({
      label: 'pipeline-messages',
      mail: { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'Hiring <hiring@example.test>' },
    })
    admin = client(stack.app, await signup(stack.app, 'pipeline'))
    const email = `hm-${Math.random().toString(16).slice(2, 8)}@example.com`
    expect(
      (
        await admin.post('/v1/users', {
          email,
          name: 'Hannah Manager',
          role: 'hiring_manager',
          password: 'pw-12345678',
        })
      ).status,
    ).toBe(201)
    hiringManager = client(
      stack.app,
      (await client(stack.app).post('/v1/auth/login', { email, password: 'pw-12345678' })).body.accessToken,
    )
    job = await createReadyJob(admin, 'ML Platform Engineer')
    const { shortlist } = await uploadAndScore(admin, job.id, RESUMES)
    ids = shortlist.items.map((item: Json) => item.applicationId)
    emails = new Map()
    for (const id of ids) {
      const application = (await admin.get(`/v1/applications/${id}`)).body
      emails.set(id, application.candidate.email ?? '')
    }
  }, 180_000)

  afterAll(async () => {
    await stack?.close()
    await smtp?.stop().catch(() => undefined)
  })

  const withEmail = (index: number): string => {
    const id = [...emails.entries()].filter(([, email]) => email)[index]?.[0]
    if (!id) throw new Error('fixture resumes should carry e-mail addresses')
    return id
  }

  it('starts every job with the default pipeline and lets a recruiter configure it', async () => {
    const pipeline = await admin.get(`/v1/jobs/${job.id}/pipeline`)
    expect(pipeline.status).toBe(200)
    expect(pipeline.body.stages).toEqual(['applied', 'screening', 'interview', 'offer', 'hired', 'rejected'])
    for (const item of (await admin.get(`/v1/jobs/${job.id}/shortlist`)).body.items)
      expect(item.stage).toBe('applied')

    const stages = ['applied', 'screening', 'tech_interview', 'onsite', 'offer', 'hired', 'rejected']
    const saved = await admin.put(`/v1/jobs/${job.id}/pipeline`, { stages })
    expect(saved.status).toBe(200)
    expect((await admin.get(`/v1/jobs/${job.id}/pipeline`)).body.stages).toEqual(stages)

    const withoutRejected = await admin.put(`/v1/jobs/${job.id}/pipeline`, { stages: ['applied', 'hired'] })
    expect(withoutRejected.status).toBe(400)
    expect(withoutRejected.body.code).toBe('VALIDATION_FAILED')
    // Only recruiters and admins shape the pipeline.
    expect((await hiringManager.put(`/v1/jobs/${job.id}/pipeline`, { stages })).status).toBe(403)
  })

  it('records every stage move with who, when and why, and filters the shortlist by stage', async () => {
    const id = ids[0] as string
    const toScreening = await hiringManager.post(`/v1/applications/${id}/stage`, {
      stage: 'screening',
      reason: 'Strong platform background',
    })
    expect(toScreening.status).toBe(200)
    expect(toScreening.body.stage).toBe('screening')
    const toInterview = await admin.post(`/v1/applications/${id}/stage`, { stage: 'tech_interview' })
    expect(toInterview.status).toBe(200)

    const stage = await admin.get(`/v1/applications/${id}/stage`)
    expect(stage.body.stage).toBe('tech_interview')
    expect(stage.body.history.map((event: Json) => [event.fromStage, event.toStage])).toEqual([
      ['applied', 'screening'],
      ['screening', 'tech_interview'],
    ])
    expect(stage.body.history[0].reason).toBe('Strong platform background')
    expect(stage.body.history[0].movedBy.name).toBe('Hannah Manager')
    expect(stage.body.history[1].reason).toBeNull()
    expect(Date.parse(stage.body.history[0].createdAt)).not.toBeNaN()

    const unknown = await admin.post(`/v1/applications/${id}/stage`, { stage: 'nowhere' })
    expect(unknown.status).toBe(422)
    expect(unknown.body.code).toBe('UNKNOWN_STAGE')

    const filtered = await admin.get(`/v1/jobs/${job.id}/shortlist?stage=tech_interview`)
    expect(filtered.body.total).toBe(1)
    expect(filtered.body.items[0].applicationId).toBe(id)
    expect(filtered.body.items[0].stage).toBe('tech_interview')
    expect((await admin.get(`/v1/jobs/${job.id}/shortlist?stage=applied`)).body.total).toBe(ids.length - 1)

    // A stage still holding candidates cannot be removed from the pipeline.
    const removing = await admin.put(`/v1/jobs/${job.id}/pipeline`, {
      stages: ['applied', 'screening', 'offer', 'hired', 'rejected'],
    })
    expect(removing.status).toBe(409)
    expect(removing.body.code).toBe('STAGE_IN_USE')
  })

  it('refuses a rejection without a reason', async () => {
    const id = ids[1] as string
    const response = await admin.post(`/v1/applications/${id}/stage`, { stage: 'rejected' })
    expect(response.status).toBe(422)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(response.body.code).toBe('REJECTION_REASON_REQUIRED')
    expect((await admin.get(`/v1/applications/${id}/stage`)).body.stage).toBe('applied')
    const bulk = await admin.post(`/v1/jobs/${job.id}/applications/bulk-stage`, {
      applicationIds: [id],
      stage: 'rejected',
    })
    expect(bulk.body.code).toBe('REJECTION_REASON_REQUIRED')
  })

  it('delivers the invite by SMTP; the link in it works on two devices', async () => {
    const id = withEmail(0)
    const before = smtp.received.length
    const preview = await admin.post(`/v1/applications/${id}/messages/preview`, { template: 'prep_invite' })
    expect(preview.status).toBe(200)
    expect(preview.body.subject).toContain('ML Platform Engineer')
    expect(preview.body.body).toContain('{link}')
    expect(preview.body.recipient).toBe(emails.get(id))

    const sent = await admin.post(`/v1/applications/${id}/messages`, { template: 'prep_invite' })
    expect(sent.status).toBe(202)
    expect(sent.body.status).toBe('queued')
    const delivered = await waitFor(
      async () => {
        const messages = (await admin.get(`/v1/applications/${id}/messages`)).body.items as Json[]
        return messages.find((message) => message.id === sent.body.id && message.status === 'sent')
      },
      30_000,
      'the invite to be sent',
    )
    expect(delivered.recipient).toBe(emails.get(id))
    expect(smtp.received.length).toBe(before + 1)
    const mail = smtp.received[before] as ReceivedMail
    expect(mail.to).toEqual([emails.get(id)])
    const token = decodeBody(mail.raw).match(/\/invite\/([A-Za-z0-9_-]{40,})/)?.[1]
    expect(token).toBeTruthy()
    expect(delivered.link).toContain(`/invite/${token}`)

    // Phone, then laptop: the same link twice, each time a working candidate token.
    for (let device = 0; device < 2; device += 1) {
      const exchanged = await client(stack.app).post('/v1/auth/invite', { token })
      expect(exchanged.status).toBe(200)
      const me = await client(stack.app, exchanged.body.accessToken).get('/v1/me')
      expect(me.status).toBe(200)
      expect(me.body.user.role).toBe('candidate')
    }
  })

  it('refuses a revoked invite, and the token it gave', async () => {
    const id = withEmail(0)
    const invite = await admin.post(`/v1/applications/${id}/invite`, {})
    expect(invite.status).toBe(201)
    const token = (await client(stack.app).post('/v1/auth/invite', { token: invite.body.token })).body
      .accessToken
    expect((await client(stack.app, token).get('/v1/me/prep')).status).toBe(200)

    expect((await hiringManager.delete(`/v1/applications/${id}/invite`)).status).toBe(403)
    const revoked = await admin.delete(`/v1/applications/${id}/invite`)
    expect(revoked.status).toBe(200)
    expect(revoked.body.revoked).toBeGreaterThanOrEqual(2)

    const again = await client(stack.app).post('/v1/auth/invite', { token: invite.body.token })
    expect(again.status).toBe(401)
    expect(again.body.code).toBe('INVITE_INVALID')
    const prep = await client(stack.app, token).get('/v1/me/prep')
    expect(prep.status).toBe(401)
    expect(prep.body.code).toBe('UNAUTHENTICATED')
  })

  it('bulk-rejects all or nothing, ends the candidates’ access and sends the rejection when asked', async () => {
    const targets = ids.filter((id) => id !== ids[0])
    const invite = await admin.post(`/v1/applications/${withEmail(1)}/invite`, {})
    const candidateToken = (await client(stack.app).post('/v1/auth/invite', { token: invite.body.token }))
      .body.accessToken
    expect((await client(stack.app, candidateToken).get('/v1/me')).status).toBe(200)

    // One id from nowhere: nothing moves.
    const partial = await admin.post(`/v1/jobs/${job.id}/applications/bulk-stage`, {
      applicationIds: [...targets, '00000000-0000-4000-8000-000000000000'],
      stage: 'rejected',
      reason: 'Role filled',
    })
    expect(partial.status).toBe(404)
    for (const id of targets)
      expect((await admin.get(`/v1/applications/${id}/stage`)).body.stage).toBe('applied')

    // Another organisation cannot touch them.
    const stranger = client(stack.app, await signup(stack.app, 'pipeline-stranger'))
    const foreign = await stranger.post(`/v1/jobs/${job.id}/applications/bulk-stage`, {
      applicationIds: targets,
      stage: 'rejected',
      reason: 'x',
    })
    expect(foreign.status).toBe(404)

    const before = smtp.received.length
    const bulk = await admin.post(`/v1/jobs/${job.id}/applications/bulk-stage`, {
      applicationIds: targets,
      stage: 'rejected',
      reason: 'Role filled',
      sendMessage: true,
    })
    expect(bulk.status).toBe(200)
    expect(bulk.body).toEqual({ moved: targets.length, stage: 'rejected' })
    for (const id of targets) {
      const stage = (await admin.get(`/v1/applications/${id}/stage`)).body
      expect(stage.stage).toBe('rejected')
      expect(stage.history.at(-1).reason).toBe('Role filled')
    }
    expect((await admin.get(`/v1/jobs/${job.id}/shortlist?stage=rejected`)).body.total).toBe(targets.length)

    // The rejected candidate's token and invite stop working.
    expect((await client(stack.app, candidateToken).get('/v1/me')).status).toBe(401)
    expect((await client(stack.app).post('/v1/auth/invite', { token: invite.body.token })).status).toBe(401)
    const reinvite = await admin.post(`/v1/applications/${withEmail(1)}/invite`, {})
    expect(reinvite.status).toBe(409)
    expect(reinvite.body.code).toBe('CANDIDATE_REJECTED')
    const invitation = await admin.post(`/v1/applications/${withEmail(1)}/messages`, {
      template: 'prep_invite',
    })
    expect(invitation.body.code).toBe('CANDIDATE_REJECTED')

    // Rejections go out by e-mail to those with an address; the one without lands in the outbox.
    const withAddress = targets.filter((id) => emails.get(id))
    await waitFor(
      async () => smtp.received.length >= before + withAddress.length,
      30_000,
      'rejection e-mails',
    )
    for (const id of targets) {
      const messages = (await admin.get(`/v1/applications/${id}/messages`)).body.items as Json[]
      const rejection = messages.find((message) => message.kind === 'rejection')
      expect(rejection).toBeTruthy()
      if (emails.get(id)) {
        const sent = await waitFor(
          async () =>
            ((await admin.get(`/v1/applications/${id}/messages`)).body.items as Json[]).find(
              (message) => message.kind === 'rejection' && message.status === 'sent',
            ),
          30_000,
          'rejection sent',
        )
        expect(sent.link).toBeNull()
      } else expect(rejection?.status).toBe('outbox')
    }
  })

  it('retries while SMTP is down, then shows the message as failed; nothing else fails', async () => {
    const id = withEmail(1)
    await smtp.stop()
    const sent = await admin.post(`/v1/applications/${id}/messages`, { template: 'rejection' })
    expect(sent.status).toBe(202)
    expect(sent.body.status).toBe('queued')
    const failed = await waitFor(
      async () =>
        ((await admin.get(`/v1/applications/${id}/messages`)).body.items as Json[]).find(
          (message) => message.id === sent.body.id && message.status === 'failed',
        ),
      60_000,
      'the message to fail after its retries',
    )
    expect(failed.attempts).toBe(5)
    // A stable code, not the server's words.
    expect(failed.error).toMatch(/^E[A-Z]+$/)
    expect(failed.sentAt).toBeNull()
    // The application, its stage and its moves keep working.
    expect((await admin.get(`/v1/applications/${id}`)).status).toBe(200)
    const moved = await admin.post(`/v1/applications/${id}/stage`, {
      stage: 'screening',
      reason: 'Reconsidered',
    })
    expect(moved.status).toBe(200)
    expect(moved.body.stage).toBe('screening')
  }, 90_000)
})

describe('candidate messages without SMTP', () => {
  let stack: TestStack
  let admin: Api
  let applicationId: string

  beforeAll(async () => {
    stack = await startTestStack({ label: 'outbox' })
    admin = client(stack.app, await signup(stack.app, 'outbox'))
    const job = await createReadyJob(admin, 'ML Platform Engineer')
    const { shortlist } = await uploadAndScore(admin, job.id, [RESUMES[0] as (typeof RESUMES)[number]])
    applicationId = shortlist.items[0].applicationId
  }, 180_000)

  afterAll(async () => {
    await stack?.close()
  })

  it('keeps messages in the outbox with the link to copy, in the template language asked for', async () => {
    const templates = await admin.put('/v1/message-templates', {
      items: [
        {
          kind: 'prep_invite',
          locale: 'pt',
          subject: 'Prepare-se, {candidateName}',
          body: 'Olá {candidateName}, a {organizationName} preparou isto para {jobTitle}: {link}',
        },
      ],
    })
    expect(templates.status).toBe(200)
    const own = templates.body.items.find((item: Json) => item.kind === 'prep_invite' && item.locale === 'pt')
    expect(own.custom).toBe(true)
    expect(templates.body.items).toHaveLength(9)

    const sent = await admin.post(`/v1/applications/${applicationId}/messages`, {
      template: 'prep_invite',
      locale: 'pt',
    })
    expect(sent.status).toBe(202)
    expect(sent.body.status).toBe('outbox')
    const outbox = await admin.get('/v1/outbox')
    expect(outbox.status).toBe(200)
    expect(outbox.body.items).toHaveLength(1)
    const message = outbox.body.items[0]
    expect(message.status).toBe('outbox')
    expect(message.subject).toMatch(/^Prepare-se, \S/)
    expect(message.body).toContain('Org outbox')
    expect(message.body).toContain(message.link)
    expect(message.jobTitle).toBe('ML Platform Engineer')
    const token = String(message.link).split('/invite/')[1]
    expect((await client(stack.app).post('/v1/auth/invite', { token })).status).toBe(200)

    const bad = await admin.post(`/v1/applications/${applicationId}/messages`, { template: 'thank_you' })
    expect(bad.status).toBe(400)
    expect(bad.body.code).toBe('VALIDATION_FAILED')
  })

  it('documents the new routes in the OpenAPI document', async () => {
    const response = await stack.app.inject({ method: 'GET', url: '/docs/json' })
    expect(response.statusCode).toBe(200)
    const paths = Object.keys(JSON.parse(response.body).paths)
    for (const path of [
      '/v1/jobs/{id}/pipeline',
      '/v1/applications/{id}/stage',
      '/v1/jobs/{id}/applications/bulk-stage',
      '/v1/message-templates',
      '/v1/applications/{id}/messages',
      '/v1/outbox',
      '/v1/applications/{id}/invite',
    ])
      expect(paths).toContain(path)
  })
})
