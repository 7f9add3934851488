import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetPageState } from '../../src/session/pageState'
import { createLinkEventStore } from '../../src/store/createLinkEventStore'
import { persistLinkEvents } from '../../src/store/persistLinkEvents'
import {
  installFakePinwheel,
  makeLinkToken,
  uninstallFakePinwheel,
} from '../../src/test-utils/fakePinwheel'
import { hidePage } from '../../src/test-utils/hidePage'
import { memoryStorage } from '../../src/test-utils/memoryStorage'

let createPinwheelLink: typeof import('../../src/session/createPinwheelLink').createPinwheelLink

beforeEach(async () => {
  vi.resetModules()
  ;({ createPinwheelLink } = await import('../../src/session/createPinwheelLink'))
  resetPageState()
})

afterEach(() => {
  uninstallFakePinwheel()
})

describe('persisted Link events', () => {
  const tokens = {
    'a JWT Link token': makeLinkToken({ account_id: 'acc_odu' }),
    'an opaque Link token': 'lt_opaque_7f3c9a2e51d04b8c',
  }
  for (const [kind, token] of Object.entries(tokens)) {
    it(`hold no trace of ${kind}, wherever a script echoes it`, async () => {
      const storage = memoryStorage()
      const store = createLinkEventStore({ persist: persistLinkEvents({ storage }) })
      const fake = installFakePinwheel()
      const controller = createPinwheelLink({ linkToken: token, store })
      const outcome = controller.open()
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(fake.params().linkToken).toBe(token)
      fake.emit('open', {})
      fake.emit('link_token_refreshed', { linkToken: token, note: `now using ${token}` })
      fake.emit('dd_form_create', { url: `https://forms.example/dd.pdf?lt=${token}&page=2` })
      fake.emit('screen_transition', { screenName: 'LOGIN', selectedEmployerName: token })
      const echoed = {
        type: 'invalidLinkToken',
        code: 'invalidLinkTokenSignature',
        message: `Link token ${token} is not valid`,
        pendingRetry: false,
      }
      fake.emit('error', echoed)
      fake.emit('exit', echoed)
      await outcome
      hidePage()

      const stored = storage.dump()
      expect(stored).toContain('dd_form_create')
      expect(stored).toContain('page=2')
      expect(stored).not.toContain(token)
      for (const part of token.split('.')) expect(stored).not.toContain(part)
      // After a reload, the store still has every event, with the token out.
      const reloaded = createLinkEventStore({ persist: persistLinkEvents({ storage }) })
      expect(reloaded.getState().events.map((e) => e.name)).toEqual([
        'open',
        'unknown',
        'dd_form_create',
        'screen_transition',
        'error',
        'exit',
      ])
      void controller.close()
    })
  }
})
