// Its own file: Vitest gives each browser test file a fresh page, so no earlier test has defined
// `window.Pinwheel` (a defined global would make any script URL "load" at once).
import {
  createLinkEventStore,
  isLinkScriptError,
  type LinkwheelError,
  type PinwheelError,
} from '@linkwheel/core'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { page } from 'vitest/browser'
import { createLinkToken, scriptUrl, waitForClosed } from '../../sandbox-link/test/linkHarness'
import { PinwheelLink, type PinwheelLinkProps, PinwheelProvider } from '../src/index'

let root: Root | undefined

afterEach(async () => {
  root?.unmount()
  root = undefined
  await waitForClosed()
  document.body.replaceChildren()
})

const missingUrl = () => `${inject('mockApiUrl')}/link/missing.js`
const scriptTags = (url: string) => document.querySelectorAll(`script[src="${url}"]`)

describe('<PinwheelLink> when the Link script fails to load in Chromium', () => {
  it('says why on the button, retries on a click, and a fixed scriptUrl loads at once', async () => {
    expect((window as { Pinwheel?: unknown }).Pinwheel).toBeUndefined()
    const store = createLinkEventStore()
    const errors: (PinwheelError | LinkwheelError)[] = []
    const container = document.createElement('div')
    document.body.append(container)
    const created = createRoot(container)
    root = created
    const render = (url: string) =>
      created.render(
        <PinwheelProvider store={store}>
          <Connect scriptUrl={url} onError={(error) => errors.push(error)} />
        </PinwheelProvider>,
      )
    render(missingUrl())

    const button = page.getByRole('button', { name: 'Connect payroll' })
    await expect.element(button).toHaveAccessibleDescription(/failed to load from .*missing\.js/)
    await expect.element(button).toBeEnabled()
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(/Check the connection and the URL/)
    expect(errors).toHaveLength(1)
    expect(isLinkScriptError(errors[0]) && errors[0].code).toBe('network')
    expect(scriptTags(missingUrl())).toHaveLength(0)

    // The fault is still there: a click loads the script again, fails again, and says so again;
    // nothing opens and no session starts.
    await button.click()
    await expect.poll(() => errors.length).toBe(2)
    await expect.element(button).toHaveAccessibleDescription(/failed to load/)
    expect(document.querySelectorAll('iframe[title="Pinwheel Link"]')).toHaveLength(0)
    expect(store.getState().sessionIds).toEqual([])
    expect(scriptTags(missingUrl())).toHaveLength(0)

    // The app fixes the URL: the new script loads at once, no retry click needed.
    render(scriptUrl())
    await expect.element(button).not.toHaveAccessibleDescription()
    await expect.element(button).toBeEnabled()
    expect(page.getByRole('alert').query()).toBeNull()
    expect(scriptTags(scriptUrl())).toHaveLength(1)
    expect(errors).toHaveLength(2)

    await button.click()
    await expect
      .poll(() => store.getState().sessionIds.map((id) => store.getState().sessions[id]?.status))
      .toEqual(['open'])
    expect(document.querySelectorAll('iframe[title="Pinwheel Link"]')).toHaveLength(1)
  })
})

/** The app's trigger: a Link that fetches an identity-job token when opened. */
function Connect(props: Pick<PinwheelLinkProps, 'scriptUrl' | 'onError'>) {
  return (
    <PinwheelLink
      {...props}
      getLinkToken={() =>
        createLinkToken({
          required_jobs: ['identity'],
          end_user_id: 'user-react-script-error',
          employer_id: 'emp_granite_builders',
          skip_intro_screen: true,
        })
      }
    >
      Connect payroll
    </PinwheelLink>
  )
}
