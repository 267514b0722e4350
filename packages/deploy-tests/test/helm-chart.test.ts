import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { jobDefinitions } from '@shortlist/jobs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { CHART_DIR, lintChart, type Manifest, renderChart, renderError, validateManifest } from '../src/index'

// Acceptance of issue 15: `helm template` renders, and what it renders passes the Kubernetes and KEDA schemas.
const secrets = {
  'secrets.databaseUrl': 'postgres://shortlist:secret@db.internal:5432/shortlist',
  'secrets.redisUrl': 'redis://:secret@redis.internal:6379',
  'secrets.jwtSecret': '0123456789abcdef0123456789abcdef',
}
const find = (manifests: Manifest[], kind: string, name: string) =>
  manifests.find((manifest) => manifest.kind === kind && manifest.metadata.name === name)
const queues = [...new Set(jobDefinitions.map((definition) => definition.queue))].sort()

describe('the Helm chart', () => {
  it('renders with its defaults, every object valid against its schema', async () => {
    const manifests = await renderChart(secrets)
    for (const manifest of manifests) await validateManifest(manifest)
    expect(manifests.map((manifest) => `${manifest.kind}/${manifest.metadata.name}`).sort()).toEqual([
      'ConfigMap/release-shortlist',
      'Deployment/release-shortlist-api',
      'Deployment/release-shortlist-worker',
      'HorizontalPodAutoscaler/release-shortlist-api',
      'HorizontalPodAutoscaler/release-shortlist-worker',
      'Job/release-shortlist-migrate',
      'PodDisruptionBudget/release-shortlist-api',
      'PodDisruptionBudget/release-shortlist-worker',
      'Secret/release-shortlist',
      'Secret/release-shortlist-migrate',
      'Service/release-shortlist-api',
      'ServiceAccount/release-shortlist',
    ])
    expect(find(manifests, 'ConfigMap', 'release-shortlist')?.data.DATABASE_POOL_MAX).toBe('10')
  })

  it('runs migrations in a pre-install/pre-upgrade Job with its own database URL, before the pods', async () => {
    const manifests = await renderChart({
      ...secrets,
      'secrets.migrationDatabaseUrl': 'postgres://owner:secret@db.internal:5432/shortlist',
    })
    const job = find(manifests, 'Job', 'release-shortlist-migrate') as Manifest
    const secret = find(manifests, 'Secret', 'release-shortlist-migrate') as Manifest
    expect(job.metadata.annotations?.['helm.sh/hook']).toBe('pre-install,pre-upgrade')
    expect(secret.metadata.annotations?.['helm.sh/hook']).toBe('pre-install,pre-upgrade')
    // The hook Secret exists before the Job that reads it (hooks run in weight order).
    expect(Number(secret.metadata.annotations?.['helm.sh/hook-weight'])).toBeLessThan(
      Number(job.metadata.annotations?.['helm.sh/hook-weight']),
    )
    expect(secret.stringData.MIGRATION_DATABASE_URL).toBe(
      'postgres://owner:secret@db.internal:5432/shortlist',
    )
    const container = job.spec.template.spec.containers[0]
    expect(container.command).toEqual(['node', 'dist/migrate.js'])
    expect(container.envFrom).toEqual([{ secretRef: { name: 'release-shortlist-migrate' } }])
    expect(job.spec.template.spec.restartPolicy).toBe('Never')
    // Serving pods never migrate: their images run the servers, and nothing else in the chart calls migrate.
    for (const name of ['release-shortlist-api', 'release-shortlist-worker']) {
      const deployment = find(manifests, 'Deployment', name) as Manifest
      expect(deployment.spec.template.spec.containers[0].command).toBeUndefined()
    }
  })

  it('reads an existing Secret in the migration Job and creates none of its own', async () => {
    const manifests = await renderChart({ 'secrets.existingSecret': 'shortlist-env' })
    for (const manifest of manifests) await validateManifest(manifest)
    expect(manifests.filter((manifest) => manifest.kind === 'Secret')).toEqual([])
    const job = find(manifests, 'Job', 'release-shortlist-migrate') as Manifest
    expect(job.spec.template.spec.containers[0].envFrom).toEqual([{ secretRef: { name: 'shortlist-env' } }])
    expect(
      (await renderChart({ 'secrets.existingSecret': 'x', 'migrations.enabled': false })).map((m) => m.kind),
    ).not.toContain('Job')
  })

  it('scales the workers with one KEDA ScaledObject holding a trigger per queue, in place of their HPA', async () => {
    const manifests = await renderChart({
      ...secrets,
      'keda.enabled': true,
      'keda.redis.address': 'redis.internal:6379',
      'keda.redis.passwordSecret.name': 'redis-auth',
      'keda.redis.passwordSecret.key': 'password',
      'config.QUEUE_PREFIX': 'acme',
    })
    for (const manifest of manifests) await validateManifest(manifest)
    const scaledObjects = manifests.filter((manifest) => manifest.kind === 'ScaledObject')
    expect(scaledObjects).toHaveLength(1)
    const scaledObject = scaledObjects[0] as Manifest
    expect(scaledObject.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'release-shortlist-worker',
    })
    const triggers = scaledObject.spec.triggers as Array<{
      type: string
      name: string
      metadata: Record<string, string>
    }>
    expect(triggers.map((trigger) => trigger.name).sort()).toEqual(queues)
    for (const trigger of triggers) {
      expect(trigger.type).toBe('redis')
      expect(trigger.metadata.listName).toBe(`acme:${trigger.name}:wait`)
      expect(trigger.metadata.address).toBe('redis.internal:6379')
    }
    expect(
      find(manifests, 'TriggerAuthentication', 'release-shortlist-worker')?.spec.secretTargetRef,
    ).toEqual([{ parameter: 'password', name: 'redis-auth', key: 'password' }])
    // KEDA's webhook refuses a ScaledObject whose Deployment already has another HPA, and KEDA owns replicas.
    expect(find(manifests, 'HorizontalPodAutoscaler', 'release-shortlist-worker')).toBeUndefined()
    expect(find(manifests, 'Deployment', 'release-shortlist-worker')?.spec.replicas).toBeUndefined()
    expect(await renderError({ ...secrets, 'keda.enabled': true })).toMatch(
      /keda\.redis\.address .* is required/,
    )
  })

  it('has a schema check that refuses broken objects and kinds it does not know', async () => {
    const [deployment] = (await renderChart(secrets)).filter((manifest) => manifest.kind === 'Deployment')
    const broken = structuredClone(deployment) as Manifest
    broken.spec.template.spec.containers[0].ports = [{ containerPort: 'http' }]
    await expect(validateManifest(broken)).rejects.toThrow(/containerPort/)
    const scaledObject = {
      apiVersion: 'keda.sh/v1alpha1',
      kind: 'ScaledObject',
      metadata: { name: 'x' },
      spec: {},
    }
    await expect(validateManifest(scaledObject)).rejects.toThrow(/scaleTargetRef|triggers/)
    await expect(validateManifest({ ...scaledObject, kind: 'Nonsense' })).rejects.toThrow(/no schema/)
  })

  it('passes helm lint, NOTES.txt included, with and without KEDA', async () => {
    expect(await lintChart(secrets)).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/)
    expect(
      await lintChart({ ...secrets, 'keda.enabled': true, 'keda.redis.address': 'redis.internal:6379' }),
    ).toMatch(/0 chart\(s\) failed/)
  })

  it('lists every queue of packages/jobs in the default KEDA values', () => {
    const values = parse(readFileSync(join(CHART_DIR, 'values.yaml'), 'utf8')) as {
      keda: { queues: string[] }
    }
    expect([...values.keda.queues].sort()).toEqual(queues)
  })
})
