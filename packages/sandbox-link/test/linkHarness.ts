import {
  knownErrorTypes,
  knownScreenNames,
  knownSuccessJobs,
  validateLinkEvent,
} from '@linkwheel/link-contract'
import { afterEach, expect, inject } from 'vitest'
import { commands, page } from 'vitest/browser'
import type { SandboxInitializationParams, SandboxPinwheel } from '../src/host/SandboxPinwheel'
import type { MockApiResponse } from './mockApiRequest'

declare module 'vitest/browser' {
  interface BrowserCommands {
    mockApiRequest(request: {
      baseUrl: string
      method: 'GET' | 'POST'
      path: string
      secret?: string
      body?: unknown
    }): Promise<MockApiResponse>
  }
}

/** One event the host received through `onEvent`. */
export interface RecordedEvent {
  name: string
  payload: unknown
}

/** Everything the host's callbacks received during one open. */
export interface LinkRecording {
  events: RecordedEvent[]
  logins: unknown[]
  loginAttempts: unknown[]
  successes: unknown[]
  errors: unknown[]
  exits: unknown[]
}

/** URL of the sandbox host script on the mock API. */
export const scriptUrl = (): string => `${inject('mockApiUrl')}/link/pinwheel.js`

/** Calls the mock API from Node (no CORS), as the app's server would. */
export function mockApi(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  baseUrl = inject('mockApiUrl'),
) {
  return commands.mockApiRequest({
    baseUrl,
    method,
    path,
    secret: inject('mockApiSecret'),
    ...(body === undefined ? {} : { body }),
  })
}

/** Creates a Link token (`POST /v1/link_tokens`) and returns it; fails the test on a 4xx. */
export async function createLinkToken(
  body: Record<string, unknown>,
  baseUrl?: string,
): Promise<string> {
  const response = await mockApi(
    'POST',
    '/v1/link_tokens',
    { org_name: 'Linkwheel Tests', ...body },
    baseUrl,
  )
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return (response.body as { data: { token: string } }).data.token
}

/** Bank details a direct deposit switch token needs. */
export const depositTarget = {
  account_type: 'checking',
  routing_number: '110000000',
  account_number: '000123456789',
}

/** Creates a direct deposit switch token to {@link depositTarget} that skips the intro; `body` adds fields. */
export function createSwitchToken(body: Record<string, unknown>): Promise<string> {
  return createLinkToken({
    required_jobs: ['direct_deposit_switch'],
    skip_intro_screen: true,
    ...depositTarget,
    ...body,
  })
}

let loaded: Promise<SandboxPinwheel> | undefined

/** Loads `pinwheel.js` from the mock API with a plain `<script>` tag (once per file). */
export function loadSandboxPinwheel(): Promise<SandboxPinwheel> {
  loaded ??= new Promise((resolve, reject) => {
    const tag = document.createElement('script')
    tag.src = scriptUrl()
    tag.onload = () => resolve((window as unknown as { Pinwheel: SandboxPinwheel }).Pinwheel)
    tag.onerror = () => reject(new Error(`could not load ${tag.src}`))
    document.head.append(tag)
  })
  return loaded
}

/**
 * What is wrong with one event the sandbox sent, by Pinwheel's contract: the Link v4 schemas in
 * strict mode (no field the sources do not name), and only values Pinwheel documents (a stand-in
 * should not invent screens, error types or jobs). Empty when nothing is.
 */
export function contractProblems(name: string, payload: unknown): string[] {
  const result = validateLinkEvent('v4', name, payload, 'strict')
  const problems = result.ok ? [] : result.problems.map((problem) => `${name} ${problem}`)
  const { screenName, type, job } = (payload ?? {}) as Record<string, unknown>
  const known = (list: readonly string[], value: unknown) => list.includes(value as string)
  if (name === 'screen_transition' && !known(knownScreenNames, screenName))
    problems.push(`screen_transition to undocumented screen ${String(screenName)}`)
  if (
    (name === 'error' || (name === 'exit' && type !== undefined)) &&
    !known(knownErrorTypes, type)
  )
    problems.push(`${name} with undocumented type ${String(type)}`)
  if (name === 'success' && !known(knownSuccessJobs, job))
    problems.push(`success with a job outside LinkApiJob: ${String(job)}`)
  return problems
}

/** Closes the sandbox Link and empties the page after each test of the calling file. */
export function closeLinkAfterEach(): void {
  afterEach(async () => {
    await (await loadSandboxPinwheel()).close()
    document.body.replaceChildren()
  })
}

/** A Pinwheel error payload of `type` and `code`, with any message. */
export const linkError = (type: string, code: string, pendingRetry = false) => ({
  type,
  code,
  message: expect.any(String),
  pendingRetry,
})

/** The `screen_transition` fields of the employer Acme Logistics, chosen in the search. */
export const acme = {
  selectedEmployerId: 'emp_acme_logistics',
  selectedEmployerName: 'Acme Logistics',
}

/** The `screen_transition` fields of the platform Paycrest (Acme Logistics' payroll). */
export const paycrest = { selectedPlatformId: 'plat_paycrest', selectedPlatformName: 'Paycrest' }

/** Every contract problem of the events recorded in the current test. */
const sentOutsideContract: string[] = []

// Each test file that records events checks, after every test, that each one kept the contract.
afterEach(() => {
  const problems = sentOutsideContract.splice(0)
  expect(problems, "events the sandbox sent outside Pinwheel's contract").toEqual([])
})

/** Checks one received event against the contract; the test fails after it ends if it breaks it. */
export function checkContract(name: string, payload: unknown): void {
  sentOutsideContract.push(...contractProblems(name, payload))
}

/** Callbacks that record what the host received. */
export function recordingCallbacks(): {
  recording: LinkRecording
  callbacks: Omit<SandboxInitializationParams, 'linkToken'>
} {
  const recording: LinkRecording = {
    events: [],
    logins: [],
    loginAttempts: [],
    successes: [],
    errors: [],
    exits: [],
  }
  return {
    recording,
    callbacks: {
      onEvent: (name, payload) => {
        checkContract(name, payload)
        recording.events.push({ name, payload })
      },
      onLogin: (payload) => recording.logins.push(payload),
      onLoginAttempt: (payload) => recording.loginAttempts.push(payload),
      onSuccess: (payload) => recording.successes.push(payload),
      onError: (payload) => recording.errors.push(payload),
      onExit: (payload) => recording.exits.push(payload),
    },
  }
}

/** Opens the sandbox Link with `linkToken` from a trigger button that has focus, recording every callback. */
export async function openLink(
  linkToken: string,
  options: Partial<SandboxInitializationParams> = {},
): Promise<LinkRecording & { trigger: HTMLButtonElement }> {
  const Pinwheel = await loadSandboxPinwheel()
  const trigger = document.createElement('button')
  trigger.textContent = 'Connect payroll'
  document.body.append(trigger)
  trigger.focus()
  const { recording, callbacks } = recordingCallbacks()
  await Pinwheel.open({ linkToken, ...callbacks, ...options })
  return { ...recording, trigger }
}

/** The Link frame (cross-origin), for role/label locators. */
export const linkFrame = () => page.frameLocator(page.getByTitle('Pinwheel Link'))

/** Waits until the host has received an event called `name` (`count` of them). */
export async function waitForEvent(
  recording: LinkRecording,
  name: string,
  count = 1,
): Promise<void> {
  await expect
    .poll(() => recording.events.filter((event) => event.name === name).length)
    .toBeGreaterThanOrEqual(count)
}

/** Waits until the modal's nodes are gone from the page. */
export async function waitForClosed(): Promise<void> {
  await expect.poll(() => document.querySelectorAll('.pinwheel-portal').length).toBe(0)
}

/** The `screen_transition` payload for `screenName`. */
export const screen = (screenName: string, extras: Record<string, string> = {}): RecordedEvent => ({
  name: 'screen_transition',
  payload: { screenName, ...extras },
})

/** Logs in on the LOGIN screen. */
export async function logIn(username: string, password: string): Promise<void> {
  const frame = linkFrame()
  await frame.getByLabelText('Username').fill(username)
  await frame.getByLabelText('Password').fill(password)
  await frame.getByRole('button', { name: 'Sign in' }).click()
}

/** Closes Link from the current screen and confirms on EXIT_CONFIRMATION; waits until it is gone. */
export async function exitLink(): Promise<void> {
  const frame = linkFrame()
  await frame.getByRole('button', { name: 'Close' }).click()
  await frame.getByRole('button', { name: 'Exit' }).click()
  await waitForClosed()
}

/** Ends Link with Done on its last screen; waits until it is gone. */
export async function finishLink(): Promise<void> {
  await linkFrame().getByRole('button', { name: 'Done' }).click()
  await waitForClosed()
}

/** Continues from the amount screen with the amount chosen there, and confirms the switch. */
export async function confirmSwitch(): Promise<void> {
  const frame = linkFrame()
  await frame.getByRole('button', { name: 'Continue' }).click()
  await frame.getByRole('button', { name: 'Confirm switch' }).click()
}
