import type { ComponentProps, ReactNode } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type EmptyPayload,
  type LinkEventRecord,
  type LinkEventState,
  type LinkOutcome,
  type LinkResult,
  type LinkStatus,
  type LinkwheelError,
  type LoginResult,
  type PinwheelError,
  type PinwheelEvent,
  type PinwheelEventName,
  type PinwheelLink,
  type PinwheelLinkRenderProps,
  type PinwheelProvider,
  parsePinwheelEvent,
  selectFunnel,
  type UsePinwheelLinkOptions,
  usePinwheelEvents,
  usePinwheelLink,
} from './index'

type LinkProps = ComponentProps<typeof PinwheelLink>
declare const fetchToken: () => Promise<string>

describe('usePinwheelLink types', () => {
  it('takes exactly one of linkToken and getLinkToken', () => {
    expectTypeOf<{ linkToken: 'pw_sandbox_token' }>().toExtend<UsePinwheelLinkOptions>()
    expectTypeOf<{ linkToken: undefined }>().toExtend<UsePinwheelLinkOptions>()
    expectTypeOf<{ getLinkToken: typeof fetchToken }>().toExtend<UsePinwheelLinkOptions>()
    expectTypeOf<{
      getLinkToken: () => Promise<{ token: string; expires: string }>
    }>().toExtend<UsePinwheelLinkOptions>()
    expectTypeOf<{
      linkToken: string
      getLinkToken: typeof fetchToken
    }>().not.toExtend<UsePinwheelLinkOptions>()
    expectTypeOf<{ useDarkMode: true }>().not.toExtend<UsePinwheelLinkOptions>()
    // @ts-expect-error getLinkToken must resolve to a token
    usePinwheelLink({ getLinkToken: async () => 42 })
  })

  it('types each callback payload', () => {
    usePinwheelLink({
      linkToken: 'pw_sandbox_token',
      onLogin: (result) => expectTypeOf(result).toEqualTypeOf<LoginResult>(),
      onSuccess: (result) => expectTypeOf(result).toEqualTypeOf<LinkResult>(),
      onError: (error) => expectTypeOf(error).toEqualTypeOf<PinwheelError | LinkwheelError>(),
      onExit: (error) => expectTypeOf(error).toEqualTypeOf<PinwheelError | EmptyPayload>(),
      onEvent: (name, payload) => {
        expectTypeOf(name).toEqualTypeOf<PinwheelEventName>()
        const event = parsePinwheelEvent(name, payload)
        expectTypeOf(event).toEqualTypeOf<PinwheelEvent>()
        if (event.name === 'login') expectTypeOf(event.payload.accountId).toBeString()
      },
    })
    // @ts-expect-error onSuccess receives a LinkResult, not a string
    usePinwheelLink({ linkToken: 'pw_sandbox_token', onSuccess: (job: string) => job })
  })

  it('returns the controls and the state', () => {
    const link = usePinwheelLink({ linkToken: 'pw_sandbox_token' })
    expectTypeOf(link.open).toEqualTypeOf<() => Promise<LinkOutcome>>()
    expectTypeOf(link.close).toEqualTypeOf<() => Promise<void>>()
    expectTypeOf(link.ready).toBeBoolean()
    expectTypeOf(link.status).toEqualTypeOf<LinkStatus>()
    expectTypeOf(link.error).toEqualTypeOf<LinkwheelError | null>()
  })
})

describe('PinwheelLink types', () => {
  it("takes the Link options and a label or render prop; controlled open is PinwheelModal's", () => {
    expectTypeOf<{ linkToken: string; children: 'Connect' }>().toExtend<LinkProps>()
    expectTypeOf<{ getLinkToken: typeof fetchToken }>().toExtend<LinkProps>()
    expectTypeOf<'open' extends keyof LinkProps ? true : false>().toEqualTypeOf<false>()
    expectTypeOf<{
      linkToken: string
      children: (link: PinwheelLinkRenderProps) => ReactNode
    }>().toExtend<LinkProps>()
    expectTypeOf<{ children: 'Connect' }>().not.toExtend<LinkProps>()
  })
})

describe('usePinwheelEvents types', () => {
  it('returns the event list without a selector, and the selected slice with one', () => {
    expectTypeOf(usePinwheelEvents()).toEqualTypeOf<LinkEventRecord[]>()
    expectTypeOf(usePinwheelEvents(selectFunnel)).toEqualTypeOf<ReturnType<typeof selectFunnel>>()
    expectTypeOf(usePinwheelEvents((state) => state.lastSeq)).toBeNumber()
    const sameText = (a: string, b: string) => a === b
    const lastSeq = (state: LinkEventState) => state.lastSeq
    // @ts-expect-error the equality function compares slices of the selected type
    usePinwheelEvents(lastSeq, sameText)
  })
})

describe('PinwheelProvider types', () => {
  it('takes default Link options but no token', () => {
    expectTypeOf<{ options: { useDarkMode: true; nonce: string } }>().toExtend<
      ComponentProps<typeof PinwheelProvider>
    >()
    expectTypeOf<{ options: { linkToken: string } }>().not.toExtend<
      ComponentProps<typeof PinwheelProvider>
    >()
  })
})
