import { describe, expect, it } from 'vitest'
import {
  type LinkMajor,
  linkEventFixtures,
  linkEventSchemas,
  linkMajors,
  validateLinkEvent,
} from '../src'

describe('linkEventFixtures', () => {
  it.each(
    linkEventFixtures.flatMap((fixture) =>
      fixture.majors.map((major) => [major, fixture.name, fixture.shape, fixture] as const),
    ),
  )('%s %s (%s) matches the catalogue', (major, name, _shape, fixture) => {
    expect(validateLinkEvent(major, name, fixture.payload)).toEqual({
      ok: true,
      name: name.toLowerCase(),
    })
  })

  it.each(linkMajors.map((major) => [major]))(
    'has a fixture for every event of Link %s',
    (major: LinkMajor) => {
      const covered = new Set(
        linkEventFixtures
          .filter((fixture) => fixture.majors.includes(major))
          .map((fixture) => fixture.name.toLowerCase()),
      )
      expect(Object.keys(linkEventSchemas(major)).filter((name) => !covered.has(name))).toEqual([])
    },
  )

  it('names the source of every shape', () => {
    for (const fixture of linkEventFixtures) expect(fixture.source).toMatch(/\S{6,}/)
  })
})

describe('validateLinkEvent', () => {
  it('says which field is wrong', () => {
    expect(validateLinkEvent('v4', 'login', { accountId: 7, platformId: 'p' })).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^accountId: /)],
    })
  })

  it('knows what each major removed and added', () => {
    expect(validateLinkEvent('v3', 'input_amount', { value: 1, unit: '%' }).ok).toBe(false)
    expect(
      validateLinkEvent('v2.3', 'input_allocation', { action: null, allocation: null }).ok,
    ).toBe(false)
    expect(validateLinkEvent('v3', 'bill_added', {}).ok).toBe(false)
    expect(validateLinkEvent('v4', 'made_up_event', {})).toMatchObject({ ok: false })
  })

  it('in strict mode refuses fields the sources do not name, which loose mode accepts', () => {
    const payload = { accountId: 'a', platformId: 'p', invented: true }
    expect(validateLinkEvent('v4', 'login', payload).ok).toBe(true)
    expect(validateLinkEvent('v4', 'login', payload, 'strict')).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/invented/)],
    })
  })

  it('refuses a partial switch without an allocation, and an unknown action', () => {
    expect(validateLinkEvent('v4', 'input_allocation', { action: 'partial_switch' }).ok).toBe(false)
    expect(validateLinkEvent('v4', 'input_allocation', { action: 'half_switch' }).ok).toBe(false)
  })
})
