import { installFakePinwheel } from '@linkwheel/react/testing'
import { afterEach, describe, expect, it } from 'vitest'
import { loadLink } from './loadLink'

let uninstall = () => {}
afterEach(() => uninstall())

describe('the Script loader example of the core README', () => {
  it('loads the script once, with the nonce, and resolves the global', async () => {
    const fake = installFakePinwheel()
    uninstall = fake.uninstall
    const Pinwheel = await loadLink('n0nce')
    expect(Pinwheel).toHaveProperty('open')
    expect(fake.scriptTags).toHaveLength(1)
    expect(fake.scriptTags[0]?.getAttribute('nonce')).toBe('n0nce')
  })

  it('gives the typed error code when the script cannot load', async () => {
    const fake = installFakePinwheel()
    uninstall = fake.uninstall
    fake.failScriptLoad('network')
    expect(await loadLink('n0nce')).toBe('network')
  })
})
