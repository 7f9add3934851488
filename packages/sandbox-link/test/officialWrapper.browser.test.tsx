import PinwheelModal from '@pinwheel/react-modal'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createLinkToken,
  linkFrame,
  logIn,
  type RecordedEvent,
  screen,
  scriptUrl,
  waitForClosed,
} from './linkHarness'

let root: Root | undefined

afterEach(async () => {
  await act(async () => root?.unmount())
  root = undefined
  document.body.replaceChildren()
})

describe('@pinwheel/react-modal 3.0.0 against the sandbox script', () => {
  it('loads our script through _srcUrl and runs a whole flow with the official callbacks', async () => {
    const token = await createLinkToken({
      required_jobs: ['paystubs'],
      end_user_id: 'user-official',
      employer_id: 'emp_granite_builders',
      skip_intro_screen: true,
    })
    const events: RecordedEvent[] = []
    const logins: unknown[] = []
    const successes: unknown[] = []
    const exits: unknown[] = []
    const container = document.createElement('div')
    document.body.append(container)
    root = createRoot(container)
    await act(async () =>
      root?.render(
        <PinwheelModal
          open
          linkToken={token}
          _srcUrl={scriptUrl()}
          onEvent={(name, payload) => events.push({ name, payload })}
          onLogin={(payload) => logins.push(payload)}
          onSuccess={(payload) => successes.push(payload)}
          onExit={(error) => exits.push(error)}
        />,
      ),
    )
    expect(document.querySelector(`script[src="${scriptUrl()}"]`)).not.toBeNull()

    await logIn('user_good', 'pass_good')
    await linkFrame().getByRole('button', { name: 'Done' }).click()
    await waitForClosed()

    const accountId = (logins[0] as { accountId: string }).accountId
    const platformId = 'plat_stipend'
    expect(events).toEqual([
      { name: 'open', payload: {} },
      screen('LOGIN', {
        selectedEmployerId: 'emp_granite_builders',
        selectedEmployerName: 'Granite Builders',
        selectedPlatformId: platformId,
        selectedPlatformName: 'Stipend Cloud',
      }),
      { name: 'login_attempt', payload: { platformId } },
      { name: 'login', payload: { accountId, platformId } },
      { name: 'success', payload: { accountId, platformId, job: 'paystubs' } },
      screen('JOB_SUCCESS'),
      { name: 'exit', payload: {} },
    ])
    expect(successes).toEqual([{ accountId, platformId, job: 'paystubs' }])
    expect(exits).toEqual([{}])
  })
})
