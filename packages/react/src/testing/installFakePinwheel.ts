import type {
  EmptyPayload,
  InitializationParams,
  LinkResult,
  LoginResult,
  PinwheelError,
  PinwheelEventName,
  PinwheelEventPayloads,
  PinwheelGlobal,
} from '@linkwheel/core'
import {
  defaultScriptUrlMatcher,
  type FakeScriptLoad,
  interceptPinwheelScript,
  type ScriptUrlMatcher,
} from './interceptPinwheelScript'

/** Options of {@link installFakePinwheel}. */
export interface InstallFakePinwheelOptions {
  /**
   * Which script tags are the Link script. Pass your `scriptUrl` if you set one.
   * @default any versioned Pinwheel CDN file (`/pinwheel-v<version>.js`)
   */
  scriptUrl?: ScriptUrlMatcher
  /** Emit Link's `open` event right after `Pinwheel.open`, as the real modal does. @default true */
  openEvent?: boolean
  /** Start with `window.Pinwheel` already defined, as if the page had loaded the script. @default false */
  preloaded?: boolean
}

/** A fake Link script for jsdom tests: records what the app asks and plays the user's part. */
export interface FakePinwheel {
  /** Every `Pinwheel.open` call's parameters, in order. */
  readonly openCalls: readonly InitializationParams[]
  /** How many times `Pinwheel.close` was called. */
  readonly closeCount: number
  /** Whether a modal is on the page (its iframe is in `document.body`). */
  readonly isOpen: boolean
  /** Script tags for the Link script the page added (one per load attempt). */
  readonly scriptTags: readonly HTMLScriptElement[]
  /** Sends an event as the modal would: `onEvent`, then its own callback (`onSuccess` for `success`…). */
  emit<K extends PinwheelEventName>(name: K, payload: PinwheelEventPayloads[K]): void
  /** Sends any event, even one this version does not know or a malformed payload. */
  emit(name: string, payload?: unknown): void
  /** The user logs in: the `login` event and `onLogin`. */
  login(result?: Partial<LoginResult>): void
  /** A job completes: the `success` event and `onSuccess`. */
  succeed(result?: Partial<LinkResult>): void
  /** The user is shown an error: the `error` event and `onError`. The modal stays open. */
  fail(error?: Partial<PinwheelError>): void
  /** The user closes the modal: the `exit` event and `onExit` (with the error, if given); the modal goes. */
  exit(error?: Partial<PinwheelError>): void
  /** Makes the next script loads fail with `kind`, `times` times (for ever if omitted). */
  failScriptLoad(
    kind?: Exclude<FakeScriptLoad, 'load' | 'held'>,
    options?: { times?: number },
  ): void
  /** Ends {@link failScriptLoad}: later loads succeed. */
  recoverScriptLoad(): void
  /** Keeps later script loads pending until {@link releaseScriptLoad}. */
  holdScriptLoad(): void
  /** Answers held loads with `outcome` and stops holding. */
  releaseScriptLoad(outcome?: Exclude<FakeScriptLoad, 'held'>): void
  /**
   * Closes the modal, removes the global and the script tags, and stops watching the page. Loads
   * still held or hanging are answered as failed, so the next test starts from a clean loader.
   */
  uninstall(): void
}

type PinwheelWindow = Window & { Pinwheel?: unknown }

let installed: FakePinwheel | null = null

const fakeError = (error?: Partial<PinwheelError>): PinwheelError => ({
  type: 'clientError',
  code: 'fakeError',
  message: 'An error raised by the fake Link script',
  pendingRetry: false,
  ...error,
})

/**
 * Installs a fake Link script in jsdom. Your app's real loading code runs: when it adds the Link
 * `<script>` tag, the fake defines `window.Pinwheel` and fires `load` (or fails as told).
 * Call `uninstall()` after each test.
 *
 * @example
 * ```tsx
 * const fake = installFakePinwheel()
 * afterEach(() => fake.uninstall())
 * await user.click(await screen.findByRole('button', { name: 'Connect payroll' }))
 * expect(fake.openCalls[0]?.linkToken).toBe('pw_sandbox_token')
 * act(() => fake.succeed({ job: 'direct_deposit_switch' }))
 * ```
 */
export function installFakePinwheel(options: InstallFakePinwheelOptions = {}): FakePinwheel {
  if (typeof document === 'undefined')
    throw new Error('installFakePinwheel needs a DOM: run the test in jsdom (or happy-dom).')
  if (installed)
    throw new Error(
      'A fake Pinwheel is already installed: call uninstall() on it first (e.g. in afterEach).',
    )
  const win = window as PinwheelWindow
  const hadGlobal = Object.hasOwn(win, 'Pinwheel')
  const previousGlobal = win.Pinwheel
  const openCalls: InitializationParams[] = []
  let closeCount = 0
  let frame: HTMLIFrameElement | null = null
  let failure: { kind: FakeScriptLoad; left: number } | null = null
  let holding = false
  const held: HTMLScriptElement[] = []

  const removeFrame = () => {
    frame?.remove()
    frame = null
  }
  const global: PinwheelGlobal = {
    open(params: InitializationParams): Promise<void> {
      openCalls.push(params)
      removeFrame()
      frame = document.createElement('iframe')
      frame.title = 'Pinwheel Link (fake)'
      frame.dataset.fakePinwheel = ''
      document.body.append(frame)
      const opened = frame
      if (options.openEvent !== false)
        queueMicrotask(() => {
          if (frame === opened) fake.emit('open', {})
        })
      return Promise.resolve()
    },
    close(): Promise<void> {
      closeCount += 1
      removeFrame()
      return Promise.resolve()
    },
  }

  const pending = new Set<HTMLScriptElement>()
  const answer = (tag: HTMLScriptElement, outcome: Exclude<FakeScriptLoad, 'held'>) => {
    if (outcome === 'hang') {
      pending.add(tag)
      return
    }
    pending.delete(tag)
    if (outcome === 'network') {
      tag.dispatchEvent(new Event('error'))
      return
    }
    if (outcome === 'load') win.Pinwheel = global
    else delete win.Pinwheel
    tag.dispatchEvent(new Event('load'))
  }
  const interceptor = interceptPinwheelScript(
    options.scriptUrl ?? defaultScriptUrlMatcher,
    (tag) => {
      if (failure && failure.left > 0) {
        failure.left -= 1
        answer(tag, failure.kind as Exclude<FakeScriptLoad, 'held'>)
      } else if (holding) {
        held.push(tag)
        pending.add(tag)
      } else answer(tag, 'load')
    },
  )
  if (options.preloaded) win.Pinwheel = global

  const lastParams = (): InitializationParams => {
    const params = openCalls.at(-1)
    if (!params)
      throw new Error(
        'The fake Link modal was never opened: open it first (e.g. click your Link button).',
      )
    return params
  }

  const fake: FakePinwheel = {
    get openCalls() {
      return openCalls
    },
    get closeCount() {
      return closeCount
    },
    get isOpen() {
      return frame !== null
    },
    get scriptTags() {
      return interceptor.tags
    },
    // Targets the last opened modal even after it closed, so tests can send late messages.
    emit(name: string, payload: unknown = {}) {
      const params = lastParams()
      params.onEvent?.(name, payload)
      if (name === 'login') params.onLogin?.(payload as LoginResult)
      else if (name === 'success') params.onSuccess?.(payload as LinkResult)
      else if (name === 'error') params.onError?.(payload as PinwheelError)
      else if (name === 'exit') {
        removeFrame()
        params.onExit?.(payload as PinwheelError | EmptyPayload)
      }
    },
    login(result) {
      fake.emit('login', { accountId: 'fake-account-1', platformId: 'fake-platform-1', ...result })
    },
    succeed(result) {
      fake.emit('success', {
        accountId: 'fake-account-1',
        platformId: 'fake-platform-1',
        job: 'direct_deposit_switch',
        ...result,
      })
    },
    fail(error) {
      fake.emit('error', fakeError(error))
    },
    exit(error) {
      fake.emit('exit', error ? fakeError(error) : {})
    },
    failScriptLoad(kind = 'network', { times = Number.POSITIVE_INFINITY } = {}) {
      failure = { kind, left: times }
    },
    recoverScriptLoad() {
      failure = null
    },
    holdScriptLoad() {
      holding = true
    },
    releaseScriptLoad(outcome = 'load') {
      holding = false
      for (const tag of held.splice(0)) answer(tag, outcome)
    },
    uninstall() {
      // Settle loads still waiting, so the page's loader forgets them instead of waiting on a
      // tag that is gone (it treats a load with no global as a failure and retries next time).
      held.length = 0
      for (const tag of pending) answer(tag, 'missing_global')
      interceptor.stop()
      removeFrame()
      if (hadGlobal) win.Pinwheel = previousGlobal
      else delete win.Pinwheel
      if (installed === fake) installed = null
    },
  }
  installed = fake
  return fake
}
