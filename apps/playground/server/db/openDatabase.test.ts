import { describe, expect, it } from 'vitest'
import { describeDatabaseUrl, openDatabase } from './openDatabase'

describe('openDatabase', () => {
  it('says which Postgres it could not reach, without the password', async () => {
    const url = 'postgres://app:s3cret-pw@127.0.0.1:1/playground'
    const failure = openDatabase({ databaseUrl: url, dataDir: '' })
    await expect(failure).rejects.toThrow(/postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/playground/)
    await expect(failure).rejects.not.toThrow(/s3cret-pw/)
  })

  it('masks only the password of a URL it describes', () => {
    expect(describeDatabaseUrl('postgres://app:pw@db:5432/x')).toBe('postgres://app:***@db:5432/x')
    expect(describeDatabaseUrl('postgres://app@db/x')).toBe('postgres://app@db/x')
    expect(describeDatabaseUrl('not a url')).toBe('DATABASE_URL (not a valid URL)')
  })
})
