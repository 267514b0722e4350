import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../../../packages/llm/test/fake-openai-server'
import { chatRequests, createReadyJob, roleKitReply, uploadAndScore, waitForKit } from './kit-flow'
import { client, type Json, signup, startTestStack, type TestStack } from './test-stack'

const NAME = 'Marisol Quintero'
const EMAIL = 'marisol.quintero@mail.test'
const PHONE = '+1 (415) 555-0142'
const CLAIM = 'Cut p95 inference latency from 480 ms to 120 ms by adding request batching.'

const RESUME = `${NAME}
ML Platform Engineer
${EMAIL} | ${PHONE} | Oakland, CA

SUMMARY
Platform engineer with six years of Python in production, running training and serving on Kubernetes.

EXPERIENCE
Senior ML Platform Engineer, Harbor Analytics
March 2020 - Present
- Ran GPU training jobs on Kubernetes with Helm charts and cluster autoscaling for 40 researchers.
- ${CLAIM}
- Kept MLflow experiment tracking and the model registry in order; every result can be reproduced.

Backend Engineer, Tidewater Labs
June 2017 - February 2020
- Built Python services on Linux and debugged networking and disk pressure from the shell.
- Scheduled nightly retraining with Airflow on AWS.

SKILLS
Python, Kubernetes, Helm, MLflow, Airflow, AWS, Linux

Contact Marisol for references.
`

// The hiring manager's candidate kit goes to a hosted model: the candidate's name, e-mail and phone are replaced by
// placeholders before the request leaves, and restored in the stored kit. The resume's embeddings, sent to the same
// provider at ingestion, are redacted too.
describe('candidate kit redaction through the OpenAI provider', () => {
  let fake: FakeOpenAiServer
  let stack: TestStack
  let api: ReturnType<typeof client>

  beforeAll(async () => {
    fake = await startFakeOpenAiServer()
    stack = await startTestStack({
      label: 'kit-redaction',
      llm: { openAiBaseUrl: fake.baseUrl, openAiApiKey: 'test', timeoutMs: 2_000 },
    })
    api = client(stack.app, await signup(stack.app, 'kit-redaction'))
  }, 120_000)

  afterAll(async () => {
    await stack?.close()
    await fake?.close()
  })

  it('never sends the name, e-mail or phone to the model, and restores them in the kit', async () => {
    const job = await createReadyJob(api, 'ML Platform Engineer')
    const { shortlist } = await uploadAndScore(api, job.id, [
      { name: 'marisol-quintero.txt', content: Buffer.from(RESUME) },
    ])
    const applicationId = shortlist.items[0].applicationId
    const detail = await api.get(`/v1/applications/${applicationId}`)
    // Redaction works from the parsed identity: the parser must have found all three.
    expect(detail.body.candidate).toMatchObject({ name: NAME, email: EMAIL })

    const requirementIds = job.requirements.map((requirement: Json) => requirement.id)
    const reply = JSON.parse(roleKitReply(requirementIds)) as { questions: Json[] }
    const claimCheck = {
      type: 'technical',
      difficulty: 'advanced',
      topic: 'model serving claim',
      text: '[CANDIDATE_NAME], your resume says you cut p95 latency fourfold with batching. How did you measure it?',
      requirementIds: [requirementIds[0]],
      quote: CLAIM,
      rubric: reply.questions[0]?.rubric,
    }
    fake.enqueue('chat', {
      kind: 'chat',
      content: JSON.stringify({ questions: [...reply.questions, claimCheck] }),
    })

    expect((await api.post(`/v1/applications/${applicationId}/interview-kit`)).status).toBe(202)
    const kit = await waitForKit(api, `/v1/applications/${applicationId}/interview-kit`)
    expect(kit.status).toBe('ready')

    const chats = chatRequests(fake)
    expect(chats).toHaveLength(1)
    // Every request that left the process: the kit's chat request and the resume's embeddings at ingestion.
    const embeddings = fake.requests.filter((request) => request.path === '/v1/embeddings')
    expect(embeddings.some((request) => request.raw.includes('Harbor Analytics'))).toBe(true)
    const phoneDigits = PHONE.replace(/\D/g, '')
    for (const request of fake.requests) {
      const sent = JSON.stringify(request.body)
      for (const secret of [NAME, 'Marisol', 'Quintero', EMAIL, PHONE, '555-0142', phoneDigits]) {
        expect(request.raw).not.toContain(secret)
        expect(sent).not.toContain(secret)
      }
      expect(sent.replace(/\D/g, '')).not.toContain(phoneDigits)
    }
    const user = chats[0]?.messages.find((message) => message.role === 'user')?.content ?? ''
    const resumeBlock = user.match(/<resume_data>\n([\s\S]*?)\n<\/resume_data>/)?.[1] ?? ''
    expect(resumeBlock.startsWith('[CANDIDATE_NAME]\n')).toBe(true)
    expect(resumeBlock).toContain('[EMAIL_1]')
    expect(resumeBlock).toContain('[PHONE_1]')
    expect(resumeBlock).toContain('Contact [CANDIDATE_NAME_PART_1] for references.')
    // The rest of the resume still reaches the model, so the kit can probe it.
    expect(resumeBlock).toContain(CLAIM)

    const restored = kit.questions.find((question: Json) => question.topic === 'model serving claim')
    expect(restored?.text.startsWith(`${NAME}, your resume says`)).toBe(true)
    expect(restored?.quote).toBe(CLAIM)
    expect(JSON.stringify(kit)).not.toContain('[CANDIDATE_NAME')
  })
})
