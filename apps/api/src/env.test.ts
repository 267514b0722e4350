import { engineConfigFromEnvironment } from '@shortlist/engine'
import { describe, expect, it } from 'vitest'
import { parseEnv, publicOrigin } from './env'

describe('PUBLIC_URL', () => {
  it('is required when the server listens beyond loopback, with a message that says what to set', () => {
    expect(() => parseEnv({ HOST: '0.0.0.0' })).toThrow(/PUBLIC_URL: is required when HOST \(0\.0\.0\.0\)/)
    expect(() => parseEnv({ HOST: '10.1.2.3' })).toThrow(/PUBLIC_URL/)
    expect(publicOrigin(parseEnv({ HOST: '0.0.0.0', PUBLIC_URL: 'https://shortlist.example.com/' }))).toBe(
      'https://shortlist.example.com',
    )
  })

  it('defaults to the loopback address the server listens on', () => {
    expect(publicOrigin(parseEnv({}))).toBe('http://127.0.0.1:3000')
    expect(publicOrigin(parseEnv({ HOST: 'localhost', PORT: '8080' }))).toBe('http://localhost:8080')
    expect(publicOrigin(parseEnv({ HOST: '::1', PORT: '8080' }))).toBe('http://[::1]:8080')
  })
})

describe('operations settings', () => {
  it('reads the installation operators as a lower-case list and refuses anything but e-mails', () => {
    expect(parseEnv({}).INSTALL_ADMIN_EMAILS).toEqual([])
    expect(
      parseEnv({ INSTALL_ADMIN_EMAILS: ' Ops@Example.com, sre@example.com ,' }).INSTALL_ADMIN_EMAILS,
    ).toEqual(['ops@example.com', 'sre@example.com'])
    expect(() => parseEnv({ INSTALL_ADMIN_EMAILS: 'ops@example.com, admin' })).toThrow(/INSTALL_ADMIN_EMAILS/)
  })

  it('wants a metrics token long enough to guard a public route, and leaves /metrics off without one', () => {
    expect(parseEnv({}).METRICS_TOKEN).toBeUndefined()
    expect(() => parseEnv({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/)
    expect(parseEnv({ METRICS_TOKEN: 'a-long-enough-token' }).METRICS_TOKEN).toBe('a-long-enough-token')
    expect(parseEnv({}).READY_REDIS_TOLERANCE_MS).toBe(30_000)
  })
})

describe('DATABASE_POOL_MAX', () => {
  it('sizes the pg pool of the process, 10 unless set, and refuses nonsense', () => {
    expect(engineConfigFromEnvironment(parseEnv({})).databasePoolSize).toBe(10)
    expect(engineConfigFromEnvironment(parseEnv({ DATABASE_POOL_MAX: '25' })).databasePoolSize).toBe(25)
    expect(() => parseEnv({ DATABASE_POOL_MAX: '0' })).toThrow(/DATABASE_POOL_MAX/)
    expect(() => parseEnv({ DATABASE_POOL_MAX: 'many' })).toThrow(/DATABASE_POOL_MAX/)
  })
})
