import { describe, expect, it } from 'vitest'
import { readPlaygroundConfig } from './readPlaygroundConfig'

describe('readPlaygroundConfig', () => {
  it('defaults to loopback, its loopback names and the embedded database', () => {
    const config = readPlaygroundConfig('pw_default', {}, [])
    expect(config).toMatchObject({
      host: '127.0.0.1',
      allowedHosts: ['localhost', '127.0.0.1', '[::1]'],
      databaseUrl: undefined,
      apiSecret: 'pw_default',
      port: 5173,
    })
    expect(config.dataDir).toMatch(/apps\/playground\/\.data\/pglite$/)
  })

  it('reads the host, extra host names, the database and the data folder from the environment', () => {
    const config = readPlaygroundConfig(
      'pw_default',
      {
        PLAYGROUND_HOST: 'playground.lan',
        PLAYGROUND_ALLOWED_HOSTS: ' Demo.Example , other.example ',
        DATABASE_URL: 'postgres://u:p@db:5432/x',
        PLAYGROUND_DATA_DIR: 'memory://',
      },
      [],
    )
    expect(config.host).toBe('playground.lan')
    expect(config.allowedHosts).toEqual([
      'localhost',
      '127.0.0.1',
      '[::1]',
      'playground.lan',
      'demo.example',
      'other.example',
    ])
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/x')
    expect(config.dataDir).toBe('memory://')
  })
})
