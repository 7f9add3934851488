import { createLinkEventStore, type LinkOutcome } from '@linkwheel/core'
import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { nextToken, setupFakePinwheel } from '../test/fakeLink'
import { PinwheelProvider } from './PinwheelProvider'
import { type UsePinwheelLinkOptions, usePinwheelLink } from './usePinwheelLink'

const fake = setupFakePinwheel()

/** Opens on click whether or not the script is ready. */
function Eager({ token }: { token: string }) {
  const { open, ready } = usePinwheelLink({ linkToken: token })
  return (
    <button type="button" onClick={() => void open()}>
      {ready ? 'ready' : 'loading'}
    </button>
  )
}

describe('usePinwheelLink', () => {
  it('walks loading → ready → open → ready and resolves open() with the outcome', async () => {
    fake.current.holdScriptLoad()
    const statuses: string[] = []
    const { result } = renderHook(() => {
      const link = usePinwheelLink({ getLinkToken: async () => nextToken() })
      if (statuses.at(-1) !== link.status) statuses.push(link.status)
      return link
    })
    expect(result.current.ready).toBe(false)
    act(() => fake.current.releaseScriptLoad())
    await waitFor(() => expect(result.current.ready).toBe(true))
    let outcome: Promise<LinkOutcome> | undefined
    act(() => {
      outcome = result.current.open()
    })
    await waitFor(() => expect(fake.current.isOpen).toBe(true))
    act(() => {
      fake.current.succeed({ job: 'income' })
      fake.current.exit()
    })
    await expect(outcome).resolves.toMatchObject({
      results: [{ job: 'income' }],
      error: null,
      endedBy: 'link',
    })
    await waitFor(() => expect(result.current.status).toBe('ready'))
    expect(statuses).toEqual(['loading', 'ready', 'open', 'ready'])
  })

  it('waits for the script when open() is called before it is ready', async () => {
    fake.current.holdScriptLoad()
    const user = userEvent.setup()
    const token = nextToken()
    render(<Eager token={token} />)
    await user.click(screen.getByRole('button', { name: 'loading' }))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(fake.current.openCalls).toHaveLength(0)
    act(() => fake.current.releaseScriptLoad())
    await waitFor(() => expect(fake.current.openCalls).toHaveLength(1))
    expect(fake.current.openCalls[0]?.linkToken).toBe(token)
  })

  it('records the session in the store under the id it opens Link with, closed by close()', async () => {
    const store = createLinkEventStore()
    const { result } = renderHook(() =>
      usePinwheelLink({ getLinkToken: async () => nextToken(), store }),
    )
    await waitFor(() => expect(result.current.ready).toBe(true))
    act(() => void result.current.open().catch(() => {}))
    await waitFor(() => expect(fake.current.isOpen).toBe(true))
    act(() => fake.current.login({ accountId: 'acct-42' }))
    const id = fake.current.openCalls[0]?._modalSessionIdOverride
    expect(store.getState().events.map((e) => [e.sessionId, e.name])).toEqual([
      [id, 'open'],
      [id, 'login'],
    ])
    await act(() => result.current.close())
    expect(fake.current.isOpen).toBe(false)
    expect(result.current.status).toBe('ready')
  })

  it("uses the provider's store and default options; its own options win", async () => {
    const store = createLinkEventStore()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PinwheelProvider
        store={store}
        options={{ useDarkMode: true, overlayStyling: { backgroundColor: 'red' } }}
      >
        {children}
      </PinwheelProvider>
    )
    const { result } = renderHook(
      () =>
        usePinwheelLink({
          getLinkToken: async () => nextToken(),
          overlayStyling: { backgroundColor: 'black' },
        }),
      { wrapper },
    )
    await waitFor(() => expect(result.current.ready).toBe(true))
    act(() => void result.current.open().catch(() => {}))
    await waitFor(() => expect(fake.current.isOpen).toBe(true))
    expect(fake.current.openCalls[0]).toMatchObject({
      useDarkMode: true,
      overlayStyling: { backgroundColor: 'black' },
    })
    const sessionId = fake.current.openCalls[0]?._modalSessionIdOverride ?? ''
    expect(store.getState().sessions[sessionId]?.status).toBe('open')
  })

  it('passes changed Link options in place, without closing an open Link', async () => {
    const { result, rerender } = renderHook(
      (options: UsePinwheelLinkOptions) => usePinwheelLink(options),
      {
        initialProps: { getLinkToken: async () => nextToken(), modalStyling: { width: '400px' } },
      },
    )
    await waitFor(() => expect(result.current.ready).toBe(true))
    act(() => void result.current.open().catch(() => {}))
    await waitFor(() => expect(fake.current.isOpen).toBe(true))
    act(() => fake.current.exit())
    rerender({ getLinkToken: async () => nextToken(), modalStyling: { width: '600px' } })
    act(() => void result.current.open().catch(() => {}))
    await waitFor(() => expect(fake.current.openCalls).toHaveLength(2))
    expect(fake.current.openCalls.map((params) => params.modalStyling?.width)).toEqual([
      '400px',
      '600px',
    ])
    expect(fake.current.scriptTags).toHaveLength(1)
  })

  it('opens Link once for open, close, open in one tick', async () => {
    const { result } = renderHook(() => usePinwheelLink({ getLinkToken: async () => nextToken() }))
    await waitFor(() => expect(result.current.ready).toBe(true))
    const attempts: Promise<unknown>[] = []
    act(() => {
      attempts.push(result.current.open().catch((error: Error) => error.message))
      void result.current.close()
      attempts.push(result.current.open())
    })
    await waitFor(() => expect(fake.current.isOpen).toBe(true))
    await expect(attempts[0]).resolves.toMatch(/close\(\) was called/)
    act(() => fake.current.exit())
    await expect(attempts[1]).resolves.toMatchObject({ results: [], endedBy: 'link' })
    expect(fake.current.openCalls).toHaveLength(1)
  })

  it('never opens Link when unmounted while the script is still loading', async () => {
    fake.current.holdScriptLoad()
    const user = userEvent.setup()
    const { unmount } = render(<Eager token={nextToken()} />)
    await user.click(screen.getByRole('button', { name: 'loading' }))
    unmount()
    act(() => fake.current.releaseScriptLoad())
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(fake.current.openCalls).toHaveLength(0)
    expect(fake.current.isOpen).toBe(false)
  })

  it('keeps recording and calling callbacks when one of them throws', async () => {
    const store = createLinkEventStore()
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const onExit = vi.fn()
    const { result } = renderHook(() =>
      usePinwheelLink({
        getLinkToken: async () => nextToken(),
        store,
        onSuccess: () => {
          throw new Error('app bug in onSuccess')
        },
        onExit,
      }),
    )
    await waitFor(() => expect(result.current.ready).toBe(true))
    act(() => void result.current.open().catch(() => {}))
    await waitFor(() => expect(fake.current.isOpen).toBe(true))
    act(() => {
      fake.current.succeed()
      fake.current.exit()
    })
    expect(onExit).toHaveBeenCalledOnce()
    expect(store.getState().events.map((event) => event.name)).toEqual(['open', 'success', 'exit'])
    expect(result.current.status).toBe('ready')
    // Development builds say which callback threw.
    expect(consoleError).toHaveBeenCalledWith(expect.stringMatching(/onSuccess/), expect.any(Error))
  })
})
