import {
  createLinkEventStore,
  type EmptyPayload,
  type LinkEventStore,
  type LinkResult,
  type PinwheelError,
} from '@linkwheel/core'
import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import {
  createLinkToken,
  linkFrame,
  logIn,
  type RecordedEvent,
  screen,
  scriptUrl,
  waitForClosed,
} from '../../sandbox-link/test/linkHarness'
import { PinwheelLink, PinwheelProvider, usePinwheelEvents } from '../src/index'

let root: Root | undefined

afterEach(async () => {
  root?.unmount()
  root = undefined
  // Unmounting closes any open modal; wait for its nodes so the next test starts on a clean page.
  await waitForClosed()
  document.body.replaceChildren()
})

/** Renders `ui` synchronously, so the first commit (before the script can load) is in the DOM. */
function mount(ui: React.ReactNode): void {
  const container = document.createElement('div')
  document.body.append(container)
  const created = createRoot(container)
  root = created
  flushSync(() => created.render(ui))
}

/** A Link token for a `user_good` identity job at Granite Builders (platform Stipend Cloud). */
const identityToken = (endUserId: string) =>
  createLinkToken({
    required_jobs: ['identity'],
    end_user_id: endUserId,
    employer_id: 'emp_granite_builders',
    skip_intro_screen: true,
  })

/** The event names `usePinwheelEvents` lists, as the app renders them. */
function EventLog() {
  const events = usePinwheelEvents()
  return (
    <ol aria-label="Link events">
      {events.map((event) => (
        <li key={event.id}>{event.name}</li>
      ))}
    </ol>
  )
}

/**
 * Waits until Link has shown its modal (its `open` event reached the store). The frame is
 * cross-origin, so its DOM cannot be polled from here; Playwright actions on it wait by themselves.
 */
async function waitForShown(store: LinkEventStore): Promise<void> {
  await expect.poll(() => sessionsOf(store).map((session) => session?.status)).toEqual(['open'])
}

const linkIframes = () => document.querySelectorAll('iframe[title="Pinwheel Link"]')
const scriptTags = () => document.querySelectorAll(`script[src="${scriptUrl()}"]`)
const sessionsOf = (store: LinkEventStore) =>
  store.getState().sessionIds.map((id) => store.getState().sessions[id])

describe('<PinwheelLink> against the sandbox Link script in Chromium', () => {
  it('runs a whole user_good flow under StrictMode: one script, one modal, each callback once, events in order, focus back', async () => {
    const store = createLinkEventStore()
    const successes: LinkResult[] = []
    const exits: (PinwheelError | EmptyPayload)[] = []
    const seen: RecordedEvent[] = []
    mount(
      <StrictMode>
        <PinwheelProvider store={store}>
          <PinwheelLink
            scriptUrl={scriptUrl()}
            getLinkToken={() => identityToken('user-react-strict')}
            onSuccess={(result) => successes.push(result)}
            onExit={(error) => exits.push(error)}
            onEvent={(name, payload) => seen.push({ name, payload })}
          >
            Connect payroll
          </PinwheelLink>
          <EventLog />
        </PinwheelProvider>
      </StrictMode>,
    )
    const button = page.getByRole('button', { name: 'Connect payroll' })
    // First commit: the script cannot have loaded yet.
    expect(button.element()).toBeDisabled()
    expect(button.element()).toHaveAttribute('aria-busy', 'true')
    await expect.element(button).toBeEnabled()
    expect(button.element()).toHaveAttribute('aria-busy', 'false')
    expect(scriptTags()).toHaveLength(1)

    await button.click()
    await waitForShown(store)
    expect(linkIframes()).toHaveLength(1)
    await logIn('user_good', 'pass_good')
    await linkFrame().getByRole('button', { name: 'Done' }).click()
    await waitForClosed()

    expect(linkIframes()).toHaveLength(0)
    await expect.element(button).toHaveFocus()
    await expect.poll(() => exits).toEqual([{}])
    const accountId = store.getState().sessions[store.getState().sessionIds[0] ?? '']?.accountId
    expect(accountId).toEqual(expect.any(String))
    const platformId = 'plat_stipend'
    expect(successes).toEqual([{ accountId, platformId, job: 'login' }])
    const expected = [
      { name: 'open', payload: {} },
      screen('LOGIN', {
        selectedEmployerId: 'emp_granite_builders',
        selectedEmployerName: 'Granite Builders',
        selectedPlatformId: platformId,
        selectedPlatformName: 'Stipend Cloud',
      }),
      { name: 'login_attempt', payload: { platformId } },
      { name: 'login', payload: { accountId, platformId } },
      { name: 'success', payload: { accountId, platformId, job: 'login' } },
      screen('JOB_SUCCESS'),
      { name: 'exit', payload: {} },
    ]
    const recorded = store.getState().events
    expect(recorded.map(({ name, payload }) => ({ name, payload }))).toEqual(expected)
    expect(seen).toEqual(expected)
    expect(new Set(recorded.map((event) => event.id)).size).toBe(recorded.length)
    expect(sessionsOf(store)).toEqual([
      expect.objectContaining({ status: 'succeeded', jobsSucceeded: ['login'], accountId }),
    ])
    await expect
      .element(page.getByRole('list', { name: 'Link events' }))
      .toHaveTextContent(expected.map((event) => event.name).join(''))
    expect(scriptTags()).toHaveLength(1)
  })

  it('removes the modal and records the session as closed when unmounted while open', async () => {
    const store = createLinkEventStore()
    const exits: unknown[] = []
    mount(
      <PinwheelProvider store={store}>
        <PinwheelLink
          scriptUrl={scriptUrl()}
          getLinkToken={() => identityToken('user-react-unmount')}
          onExit={(error) => exits.push(error)}
        >
          Connect payroll
        </PinwheelLink>
      </PinwheelProvider>,
    )
    await page.getByRole('button', { name: 'Connect payroll' }).click()
    await waitForShown(store)
    expect(document.querySelectorAll('.pinwheel-portal').length).toBeGreaterThan(0)

    root?.unmount()
    root = undefined
    await waitForClosed()

    expect(linkIframes()).toHaveLength(0)
    expect(sessionsOf(store)).toEqual([expect.objectContaining({ status: 'closed' })])
    expect(store.getState().events.map((event) => event.name)).not.toContain('exit')
    // The host closed it: onExit is for the user leaving Link.
    expect(exits).toEqual([])
  })

  it('refuses to open a second Link while one is open, with an alert, and opens no second modal', async () => {
    const store = createLinkEventStore()
    mount(
      <PinwheelProvider store={store}>
        <PinwheelLink scriptUrl={scriptUrl()} getLinkToken={() => identityToken('user-react-a')}>
          Connect payroll
        </PinwheelLink>
        <PinwheelLink scriptUrl={scriptUrl()} getLinkToken={() => identityToken('user-react-b')}>
          Update direct deposit
        </PinwheelLink>
      </PinwheelProvider>,
    )
    const second = page.getByRole('button', { name: 'Update direct deposit' })
    await expect.element(second).toBeEnabled()
    await page.getByRole('button', { name: 'Connect payroll' }).click()
    await waitForShown(store)

    // The modal's overlay covers the page, so a pointer cannot reach the second button; a
    // keyboard shortcut or script can. Activate it the way those do.
    ;(second.element() as HTMLButtonElement).click()

    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(/Another Link is open on this page, and only one can be open at a time/)
    await expect.element(second).toHaveAccessibleDescription(/Another Link is open/)
    expect(linkIframes()).toHaveLength(1)
    expect(sessionsOf(store)).toEqual([expect.objectContaining({ status: 'open' })])
  })
})
