import { describe, expect, it } from 'vitest'
import { logSerializers } from './log-serializers'

describe('log serializers', () => {
  it('log a request by method, path and id: no query string, address or headers', () => {
    const line = logSerializers.req({ method: 'GET', url: '/v1/candidates/search?q=Jane%20Doe', id: 'req-1' })
    expect(line).toEqual({ method: 'GET', path: '/v1/candidates/search', id: 'req-1' })
  })

  it('drop the fields where database drivers quote row values', () => {
    const error = Object.assign(
      new Error('duplicate key value violates unique constraint "users_email_key"'),
      {
        code: '23505',
        detail: 'Key (email)=(jane@example.com) already exists.',
        where: 'SQL statement with jane@example.com',
      },
    )
    const line = logSerializers.err(error)
    expect(line).toMatchObject({ type: 'Error', code: '23505' })
    expect(JSON.stringify(line)).not.toContain('jane@example.com')
  })
})
