import type {
  LinkErrorPayload,
  LinkLoginPayload,
  LinkSuccessPayload,
} from '../protocol/linkEvents.js'
import {
  type FrameToHostMessage,
  isFrameToHostMessage,
  type PinwheelInitMessage,
} from '../protocol/linkMessages.js'
import { hideDocumentContent } from './hideDocumentContent.js'
import type {
  SandboxInitializationParams as InitializationParams,
  SandboxPinwheel,
} from './SandboxPinwheel.js'

/** Class on every node the script adds; the official React wrapper removes `.pinwheel-portal` nodes. */
export const portalClassName = 'pinwheel-portal'

const defaultVersion = { major: 3, minor: 0, patch: 1 }

interface OpenModal {
  teardown(): void
}

/**
 * Builds `window.Pinwheel` for a frame page at `frameUrl` (absolute; its origin is the only one
 * whose messages the host accepts).
 */
export function createSandboxPinwheel(frameUrl: string): SandboxPinwheel {
  const frameOrigin = new URL(frameUrl).origin
  let current: OpenModal | undefined

  const close = async (): Promise<void> => {
    current?.teardown()
  }

  const open = async (params: InitializationParams): Promise<void> => {
    if (
      typeof params !== 'object' ||
      params === null ||
      typeof params.linkToken !== 'string' ||
      !params.linkToken
    ) {
      throw new TypeError(
        'Pinwheel.open needs { linkToken }: create a Link token on your server with POST /v1/link_tokens and pass its `token`.',
      )
    }
    if (current) {
      throw new Error(
        'Pinwheel.open was called while Link is already open: call Pinwheel.close() first.',
      )
    }
    current = mount(params, frameUrl, frameOrigin, () => {
      current = undefined
    })
  }

  return { open, close }
}

function mount(
  params: InitializationParams,
  frameUrl: string,
  frameOrigin: string,
  onGone: () => void,
): OpenModal {
  const previousFocus =
    document.activeElement instanceof HTMLElement ? document.activeElement : null
  const styling = params.modalStyling ?? {}

  const overlay = document.createElement('div')
  overlay.className = portalClassName
  overlay.dataset.pinwheel = 'overlay'
  overlay.style.cssText = `position:fixed;inset:0;z-index:2147483000;background:${params.overlayStyling?.backgroundColor ?? 'rgba(15, 18, 24, 0.55)'}`

  const iframe = document.createElement('iframe')
  iframe.className = portalClassName
  iframe.dataset.pinwheel = 'modal'
  iframe.title = 'Pinwheel Link'
  iframe.setAttribute('aria-modal', 'true')
  const src = new URL(frameUrl)
  src.searchParams.set('parentOrigin', window.location.origin)
  // linkwheel's own: the real script's way of passing dark mode is not public.
  if (params.useDarkMode) src.searchParams.set('useDarkMode', 'true')
  iframe.src = src.href
  const width = styling.width ?? 'min(420px, 100vw)'
  const height = styling.height ?? 'min(680px, 100vh)'
  // Centred with calc() rather than transform: hit-testing in nested, scaled frames stays exact.
  iframe.style.cssText = [
    'position:fixed',
    'z-index:2147483001',
    'border:0',
    'border-radius:14px',
    'box-shadow:0 12px 40px rgba(0,0,0,.3)',
    `width:${width}`,
    `height:${height}`,
    `left:calc(50% - (${width}) / 2 + ${styling.deltaX ?? '0px'})`,
    `top:calc(50% - (${height}) / 2 + ${styling.deltaY ?? '0px'})`,
    'background:transparent',
  ].join(';')

  document.body.append(overlay, iframe)
  const restoreAria = params.ariaHideDocumentContent
    ? hideDocumentContent([overlay, iframe])
    : () => {}
  iframe.focus()

  let initialised = false
  let exited = false
  const initializationTimestamp = Date.now()

  const call = <A extends unknown[]>(
    callback: ((...args: A) => void) | undefined,
    ...args: A
  ): void => {
    if (!callback) return
    try {
      callback(...args)
    } catch (error) {
      // A throwing app callback must not break the modal; surface it like an uncaught error.
      if (typeof window.reportError === 'function') window.reportError(error)
      else console.error(error)
    }
  }

  // As Pinwheel's SDKs do: INIT goes out once the Link page has loaded (no ready message).
  const init = (): void => {
    if (initialised) return
    initialised = true
    const message: PinwheelInitMessage = {
      type: 'PINWHEEL_INIT',
      payload: {
        linkToken: params.linkToken,
        uniqueUserId: uniqueUserId(),
        initializationTimestamp,
        sdk: params._sdkOverride ?? 'js',
        platform: 'web',
        version: params._versionOverride ?? defaultVersion,
        deviceMetadata: {
          userAgent: navigator.userAgent,
          language: navigator.language,
          screenWidth: window.screen.width,
          screenHeight: window.screen.height,
        },
        initializationOptions: {
          hasOnSuccess: typeof params.onSuccess === 'function',
          hasOnEvent: typeof params.onEvent === 'function',
          hasOnExit: typeof params.onExit === 'function',
          hasOnError: typeof params.onError === 'function',
          hasOnLogin: typeof params.onLogin === 'function',
        },
      },
    }
    iframe.contentWindow?.postMessage(message, frameOrigin)
  }
  iframe.addEventListener('load', init)

  const handle = (message: FrameToHostMessage): void => {
    switch (message.type) {
      case 'PINWHEEL_LOAD_COMPLETE':
        iframe.dataset.loaded = 'true'
        if (document.activeElement !== iframe) iframe.focus()
        return
      case 'PINWHEEL_EVENT': {
        const { eventName, payload } = message
        if (eventName === 'exit') {
          if (exited) return
          exited = true
        }
        // onEvent first, then the callback named after the event, as Pinwheel's SDKs do.
        call(params.onEvent, eventName, payload as never)
        if (eventName === 'login') call(params.onLogin, payload as LinkLoginPayload)
        else if (eventName === 'login_attempt')
          call(params.onLoginAttempt, payload as { platformId: string })
        else if (eventName === 'success') call(params.onSuccess, payload as LinkSuccessPayload)
        else if (eventName === 'error') call(params.onError, payload as LinkErrorPayload)
        else if (eventName === 'exit') call(params.onExit, payload as LinkErrorPayload)
        return
      }
      case 'PINWHEEL_MODAL_CLOSE':
        teardown()
        return
    }
  }

  const onMessage = (event: MessageEvent): void => {
    if (
      event.origin !== frameOrigin ||
      event.source === null ||
      event.source !== iframe.contentWindow
    )
      return
    if (!isFrameToHostMessage(event.data)) return
    handle(event.data)
  }

  // Focus trap: while open, focus may only sit in the iframe (the frame wraps Tab inside itself).
  const onFocusIn = (event: FocusEvent): void => {
    if (event.target !== iframe) iframe.focus()
  }

  window.addEventListener('message', onMessage)
  document.addEventListener('focusin', onFocusIn, true)

  let gone = false
  function teardown(): void {
    if (gone) return
    gone = true
    window.removeEventListener('message', onMessage)
    iframe.removeEventListener('load', init)
    document.removeEventListener('focusin', onFocusIn, true)
    overlay.remove()
    iframe.remove()
    restoreAria()
    onGone()
    if (previousFocus?.isConnected) previousFocus.focus()
  }

  return { teardown }
}

/** A stable id for this browser, as the mobile SDKs keep one (`pinwheel-uuid`). */
function uniqueUserId(): string {
  const key = 'pinwheel-uuid'
  try {
    const known = window.localStorage.getItem(key)
    if (known) return known
    const made = crypto.randomUUID()
    window.localStorage.setItem(key, made)
    return made
  } catch {
    // Storage blocked (sandboxed or privacy mode): an id for this open only.
    return crypto.randomUUID()
  }
}
