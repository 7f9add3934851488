import {
  type InitializationParams,
  isLinkScriptError,
  loadPinwheel,
  PINWHEEL_SCRIPT_URL,
} from '@linkwheel/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type FakePinwheel, installFakePinwheel } from './installFakePinwheel'

let fake: FakePinwheel | undefined
afterEach(() => {
  fake?.uninstall()
  fake = undefined
})

function params(overrides: Partial<InitializationParams> = {}): InitializationParams {
  return { linkToken: 'pw_sandbox_token_kit', ...overrides }
}

describe('installFakePinwheel', () => {
  it('answers the real loader: one script tag, then window.Pinwheel is the fake', async () => {
    fake = installFakePinwheel()
    const global = await loadPinwheel()
    expect(fake.scriptTags).toHaveLength(1)
    expect(fake.scriptTags[0]?.src).toBe(PINWHEEL_SCRIPT_URL)
    expect(global).toBe((window as { Pinwheel?: unknown }).Pinwheel)
    expect(await loadPinwheel()).toBe(global)
    expect(fake.scriptTags).toHaveLength(1)
  })

  it('records open params, shows a modal frame and sends the open event', async () => {
    fake = installFakePinwheel()
    const onEvent = vi.fn()
    const global = await loadPinwheel()
    await global?.open(params({ onEvent }))
    expect(fake.openCalls).toHaveLength(1)
    expect(fake.isOpen).toBe(true)
    expect(document.querySelector('iframe[data-fake-pinwheel]')).not.toBeNull()
    await Promise.resolve()
    expect(onEvent).toHaveBeenCalledWith('open', {})
  })

  it('drives the flow: onEvent first, then the dedicated callback; exit removes the modal', async () => {
    fake = installFakePinwheel({ openEvent: false })
    const calls: string[] = []
    const global = await loadPinwheel()
    await global?.open(
      params({
        onEvent: (name) => calls.push(`event:${name}`),
        onLogin: (result) => calls.push(`login:${result.accountId}`),
        onSuccess: (result) => calls.push(`success:${result.job}`),
        onError: (error) => calls.push(`error:${error.code}`),
        onExit: (error) => calls.push(`exit:${'code' in error ? error.code : 'none'}`),
      }),
    )
    fake.emit('screen_transition', { screenName: 'LOGIN' })
    fake.login({ accountId: 'acct-7' })
    fake.succeed({ job: 'paystubs' })
    fake.fail({ code: 'invalidCredentials' })
    fake.exit()
    expect(calls).toEqual([
      'event:screen_transition',
      'event:login',
      'login:acct-7',
      'event:success',
      'success:paystubs',
      'event:error',
      'error:invalidCredentials',
      'event:exit',
      'exit:none',
    ])
    expect(fake.isOpen).toBe(false)
    expect(document.querySelector('iframe[data-fake-pinwheel]')).toBeNull()
  })

  it('says what to do when a test emits before anything opened', () => {
    fake = installFakePinwheel()
    expect(() => fake?.succeed()).toThrow(/never opened: open it first/)
  })

  it('fails script loads as told, then recovers so a retry of the loader works', async () => {
    fake = installFakePinwheel()
    fake.failScriptLoad('missing_global', { times: 1 })
    const error = await loadPinwheel().catch((e: unknown) => e)
    expect(isLinkScriptError(error) && error.code).toBe('missing_global')
    const global = await loadPinwheel()
    expect(global).not.toBeNull()
    expect(fake.scriptTags).toHaveLength(2)
  })

  it('fails with a network error until recoverScriptLoad', async () => {
    fake = installFakePinwheel()
    fake.failScriptLoad('network')
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const error = await loadPinwheel().catch((e: unknown) => e)
      expect(isLinkScriptError(error) && error.code).toBe('network')
    }
    fake.recoverScriptLoad()
    await expect(loadPinwheel()).resolves.not.toBeNull()
  })

  it('holds a load until released', async () => {
    fake = installFakePinwheel()
    fake.holdScriptLoad()
    let settled = false
    const load = loadPinwheel().then((global) => {
      settled = true
      return global
    })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(settled).toBe(false)
    fake.releaseScriptLoad()
    await expect(load).resolves.not.toBeNull()
  })

  it('cleans up: no global, no tags, no modal; the next fake starts afresh', async () => {
    fake = installFakePinwheel()
    const global = await loadPinwheel()
    await global?.open(params())
    fake.uninstall()
    expect((window as { Pinwheel?: unknown }).Pinwheel).toBeUndefined()
    expect(document.querySelectorAll('script[src], iframe')).toHaveLength(0)
    fake = installFakePinwheel()
    await loadPinwheel()
    expect(fake.scriptTags).toHaveLength(1)
  })

  it('refuses a second install until the first is uninstalled', () => {
    fake = installFakePinwheel()
    expect(() => installFakePinwheel()).toThrow(/already installed: call uninstall/)
  })
})
