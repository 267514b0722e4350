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
