import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { demoFixturesDir } from '../src/index'
import { api, demoPosting } from './support'

type Shortlist = { total: number; items: { applicationId: string; candidateName: string | null }[] }

async function poll<T>(check: () => Promise<T | null>, what: string, timeoutMs = 120_000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/** Setup that is not under test: the demo job, the named demo resumes uploaded and scored, through the API. */
export async function createScoredJob(
  baseUrl: string,
  token: string,
  resumes: string[],
): Promise<{ jobId: string; applicationIds: Map<string, string> }> {
  const { id: jobId } = await api<{ id: string }>(baseUrl, '/v1/jobs', {
    method: 'POST',
    body: demoPosting(),
    token,
  })
  const form = new FormData()
  for (const name of resumes)
    form.append('files', new Blob([readFileSync(join(demoFixturesDir, 'resumes', name))]), name)
  const upload = await fetch(`${baseUrl}/v1/jobs/${jobId}/applications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  })
  if (!upload.ok) throw new Error(`upload failed: ${upload.status} ${await upload.text()}`)
  const uploaded = (await upload.json()) as { applications: { id: string; filename: string }[] }
  await poll(async () => {
    const shortlist = await api<Shortlist>(baseUrl, `/v1/jobs/${jobId}/shortlist`, { token })
    return shortlist.total === resumes.length ? shortlist : null
  }, `${resumes.length} scored resumes`)
  return {
    jobId,
    applicationIds: new Map(
      uploaded.applications.map((application) => [application.filename, application.id] as const),
    ),
  }
}

/** Generates the job's role kit and waits until it is ready; returns its question texts. */
export async function readyRoleKit(baseUrl: string, token: string, jobId: string): Promise<string[]> {
  await api(baseUrl, `/v1/jobs/${jobId}/interview-kit`, { method: 'POST', body: {}, token })
  const kit = await poll(async () => {
    const current = await api<{ status: string; questions: { text: string }[] } | null>(
      baseUrl,
      `/v1/jobs/${jobId}/interview-kit`,
      { token },
    )
    return current?.status === 'ready' ? current : null
  }, 'the role kit')
  return kit.questions.map((question) => question.text)
}
