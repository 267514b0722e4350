import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

type Service = {
  command?: string[]
  build?: { dockerfile: string }
  depends_on?: Record<string, { condition: string }>
}

// No Docker engine here: the images are checked by what they run (app-bundles.test.ts starts the output of the
// same script) and these files are checked to run exactly that.
describe('docker compose and the Dockerfiles', () => {
  it('run migrate once before the API and the workers, which wait for it to succeed', () => {
    const compose = parse(read('docker-compose.yml'), { merge: true }) as {
      services: Record<string, Service>
    }
    const { migrate, api, worker } = compose.services
    expect(migrate?.command).toEqual(['node', '--enable-source-maps', 'dist/migrate.js'])
    expect(migrate?.build?.dockerfile).toBe('infra/docker/api.Dockerfile')
    for (const service of [api, worker])
      expect(service?.depends_on?.migrate).toEqual({ condition: 'service_completed_successfully' })
    expect(worker?.depends_on?.api).toBeUndefined()
  })

  it('build the images with scripts/package-app.sh and run compiled JavaScript, never tsx', () => {
    for (const [app, entry] of [
      ['api', 'server'],
      ['worker', 'main'],
    ]) {
      const dockerfile = read(`infra/docker/${app}.Dockerfile`)
      expect(dockerfile).toContain(`bash scripts/package-app.sh ${app} /out`)
      expect(dockerfile).toContain(`CMD ["node", "--enable-source-maps", "dist/${entry}.js"]`)
      expect(dockerfile).not.toMatch(/--import", "tsx|TSX_TSCONFIG_PATH/)
    }
  })
})
