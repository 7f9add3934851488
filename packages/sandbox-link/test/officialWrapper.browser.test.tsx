import PinwheelModal from '@pinwheel/react-modal'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import {
  checkContract,
  confirmSwitch,
  createLinkToken,
  createSwitchToken,
  exitLink,
  finishLink,
  linkError,
  linkFrame,
  logIn,
  type RecordedEvent,
  screen,
  scriptUrl,
} from './linkHarness'

let root: Root | undefined

afterEach(async () => {
  await act(async () => root?.unmount())
  root = undefined
  document.body.replaceChildren()
})

/** What the official wrapper's callbacks received, and in which order they were called. */
interface OfficialRecording {
  events: RecordedEvent[]
  /** `onEvent:<name>` and the named callbacks, in call order. */
  calls: string[]
  logins: unknown[]
  loginAttempts: unknown[]
  successes: unknown[]
  errors: unknown[]
  exits: unknown[]
}

/** Renders `@pinwheel/react-modal` 3.0.0, unchanged, on the sandbox script with every callback. */
async function renderOfficial(linkToken: string): Promise<OfficialRecording> {
  const rec: OfficialRecording = {
    events: [],
    calls: [],
    logins: [],
    loginAttempts: [],
    successes: [],
    errors: [],
    exits: [],
  }
  const named =
    (callback: string, list: unknown[]) =>
    (payload?: unknown): void => {
      rec.calls.push(callback)
      list.push(payload)
    }
  const container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  await act(async () =>
    root?.render(
      <PinwheelModal
        open
        linkToken={linkToken}
        _srcUrl={scriptUrl()}
        onEvent={(name, payload) => {
          checkContract(name, payload)
          rec.calls.push(`onEvent:${name}`)
          rec.events.push({ name, payload })
        }}
        onLogin={named('onLogin', rec.logins)}
        onLoginAttempt={named('onLoginAttempt', rec.loginAttempts)}
        onSuccess={named('onSuccess', rec.successes)}
        onError={named('onError', rec.errors)}
        onExit={named('onExit', rec.exits)}
      />,
    ),
  )
  return rec
}

/** Unmounts the wrapper between two opens of one test. */
async function unmount(): Promise<void> {
  await act(async () => root?.unmount())
  root = undefined
}

const granite = {
  selectedEmployerId: 'emp_granite_builders',
  selectedEmployerName: 'Granite Builders',
}
const stipend = { selectedPlatformId: 'plat_stipend', selectedPlatformName: 'Stipend Cloud' }
const platformId = 'plat_stipend'

describe('@pinwheel/react-modal 3.0.0 against the sandbox script', () => {
  it('connects: loads our script through _srcUrl, onEvent first then the named callback', async () => {
    const token = await createLinkToken({
      required_jobs: ['paystubs'],
      end_user_id: 'user-official',
      employer_id: 'emp_granite_builders',
      skip_intro_screen: true,
    })
    const link = await renderOfficial(token)
    expect(document.querySelector(`script[src="${scriptUrl()}"]`)).not.toBeNull()

    await logIn('user_good', 'pass_good')
    await finishLink()

    const accountId = (link.logins[0] as { accountId: string }).accountId
    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      screen('LOGIN', { ...granite, ...stipend }),
      { name: 'login_attempt', payload: { platformId } },
      { name: 'login', payload: { accountId, platformId } },
      { name: 'success', payload: { accountId, platformId, job: 'login' } },
      screen('JOB_SUCCESS'),
      { name: 'exit', payload: {} },
    ])
    expect(link.calls).toEqual([
      'onEvent:open',
      'onEvent:screen_transition',
      'onEvent:login_attempt',
      'onLoginAttempt',
      'onEvent:login',
      'onLogin',
      'onEvent:success',
      'onSuccess',
      'onEvent:screen_transition',
      'onEvent:exit',
      'onExit',
    ])
    expect(link.loginAttempts).toEqual([{ platformId }])
    expect(link.successes).toEqual([{ accountId, platformId, job: 'login' }])
    expect(link.exits).toEqual([{}])
  })

  it('runs MFA: a wrong code reaches onError, the literal mfa_code logs in', async () => {
    const token = await createLinkToken({
      required_jobs: ['income'],
      end_user_id: 'user-official-mfa',
      employer_id: 'emp_granite_builders',
      skip_intro_screen: true,
    })
    const link = await renderOfficial(token)
    const frame = linkFrame()
    await logIn('user_mfa', 'pass_good')
    await frame.getByLabelText('Verification code').fill('123456')
    await frame.getByRole('button', { name: 'Verify' }).click()
    await expect.poll(() => link.errors.length).toBe(1)
    await frame.getByLabelText('Verification code').fill('mfa_code')
    await frame.getByRole('button', { name: 'Verify' }).click()
    await finishLink()

    const accountId = (link.logins[0] as { accountId: string }).accountId
    expect(link.errors).toEqual([linkError('userActionRequired', 'challengeAnswerIncorrect')])
    expect(link.calls.slice(2, 8)).toEqual([
      'onEvent:login_attempt',
      'onLoginAttempt',
      'onEvent:error',
      'onError',
      'onEvent:login',
      'onLogin',
    ])
    expect(link.successes).toEqual([{ accountId, platformId, job: 'login' }])
    expect(link.exits).toEqual([{}])
  })

  it('ends a user_error switch with onError, then onExit with that error', async () => {
    const token = await createSwitchToken({
      end_user_id: 'user-official-error',
      employer_id: 'emp_granite_builders',
    })
    const link = await renderOfficial(token)
    await logIn('user_error', 'pass_good')
    await confirmSwitch()
    await finishLink()

    const jobError = linkError('platformError', 'systemError')
    expect(link.events.slice(-6)).toEqual([
      screen('DD_AMOUNT_SELECTION'),
      { name: 'input_allocation', payload: { action: 'full_switch' } },
      screen('DD_CONFIRMATION'),
      { name: 'error', payload: jobError },
      screen('JOB_ERROR'),
      { name: 'exit', payload: jobError },
    ])
    expect(link.successes).toEqual([])
    expect(link.errors).toEqual([jobError])
    expect(link.exits).toEqual([jobError])
    expect(link.calls.slice(-2)).toEqual(['onEvent:exit', 'onExit'])
  })

  it('exits midway from search with {} after EXIT_CONFIRMATION', async () => {
    const token = await createLinkToken({
      required_jobs: ['employment'],
      end_user_id: 'user-official-exit',
    })
    const link = await renderOfficial(token)
    const frame = linkFrame()
    await frame.getByRole('button', { name: 'Continue' }).click()
    await exitLink()

    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      { name: 'user_activated', payload: { solutionName: 'Income and Employment' } },
      screen('SEARCH_DEFAULT'),
      screen('EXIT_CONFIRMATION'),
      { name: 'exit', payload: {} },
    ])
    expect(link.exits).toEqual([{}])
    expect(link.logins).toEqual([])
  })

  it('runs an On Demand Update: login with no search and no login_attempt, then success', async () => {
    const first = await renderOfficial(
      await createLinkToken({
        required_jobs: ['paystubs'],
        end_user_id: 'user-official-odu',
        employer_id: 'emp_granite_builders',
        skip_intro_screen: true,
      }),
    )
    await logIn('user_good', 'pass_good')
    await finishLink()
    const accountId = (first.logins[0] as { accountId: string }).accountId
    await unmount()

    const token = await createLinkToken({
      required_jobs: ['income'],
      account_id: accountId,
      skip_intro_screen: true,
    })
    const link = await renderOfficial(token)
    await finishLink()

    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      { name: 'login', payload: { accountId, platformId } },
      { name: 'success', payload: { accountId, platformId, job: 'login' } },
      screen('JOB_SUCCESS'),
      { name: 'exit', payload: {} },
    ])
    expect(link.loginAttempts).toEqual([])
    expect(link.successes).toEqual([{ accountId, platformId, job: 'login' }])
    expect(link.exits).toEqual([{}])
  })
})
