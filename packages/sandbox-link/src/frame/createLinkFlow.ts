import type { LinkSession, PinwheelError } from '../protocol/linkApi.js'
import type { LinkErrorPayload } from '../protocol/linkEvents.js'
import type { HostChannel } from './createHostChannel.js'
import type { LinkApiClient } from './createLinkApiClient.js'
import { createLinkView } from './createLinkView.js'
import type { LinkFlowState } from './LinkFlowState.js'
import { linkStrings } from './linkStrings.js'
import { runLinkSession } from './runLinkSession.js'
import { renderMessage } from './screens/renderMessage.js'

/** What the flow needs: where to draw, the API, and the host channel. */
export interface LinkFlowOptions {
  root: HTMLElement
  api: LinkApiClient
  channel: HostChannel
  linkToken: string
}

/** The whole modal: redeems the token, walks the screens, emits the events, exits. */
export function createLinkFlow({ root, api, channel, linkToken }: LinkFlowOptions): {
  start(): Promise<void>
} {
  const t = linkStrings.en
  let exited = false
  let loadReported = false
  const view = createLinkView(root, channel, () => {
    if (!loadReported) channel.loadComplete()
    loadReported = true
  })

  const exit = async (state: {
    session?: LinkSession
    lastError: PinwheelError | undefined
  }): Promise<void> => {
    if (exited) return
    exited = true
    const error = state.lastError
    if (state.session) await api.exit(state.session.session_id, error ? error.code : 'user_exit')
    // The mock API answers Pinwheel's error types; the cast only narrows `type` to them.
    channel.exit(error ? (error as LinkErrorPayload) : {})
  }
  const reportError = (
    state: { lastError: PinwheelError | undefined },
    error: PinwheelError,
  ): void => {
    state.lastError = error
    channel.emit('error', error as LinkErrorPayload)
  }

  const start = async (): Promise<void> => {
    channel.emit('open', {})
    const redeemed = await api.createSession(linkToken)
    if (!redeemed.ok) {
      const state = { lastError: undefined as PinwheelError | undefined }
      reportError(state, redeemed.error)
      const close = () => void exit(state)
      view.show({
        terminal: true,
        render: () =>
          renderMessage(t, {
            title: t.errorTitle,
            body: [t.errorText(redeemed.error)],
            alert: true,
            actions: [{ label: t.close, primary: true, onClick: close }],
            onClose: close,
          }),
      })
      installEscape(() => close())
      return
    }
    const session = redeemed.data
    document.documentElement.lang = session.language
    const state: LinkFlowState = {
      session,
      t: linkStrings[session.language] ?? linkStrings.en,
      employer: undefined,
      platform: undefined,
      accountId: undefined,
      platformFromToken: false,
      lastError: undefined,
    }
    runLinkSession(
      {
        state,
        view,
        api,
        channel,
        exit: () => void exit(state),
        reportError,
        isExited: () => exited,
      },
      installEscape,
    )
  }

  let escapeHandler: () => void = () => {}
  const installEscape = (handler: () => void): void => {
    escapeHandler = handler
  }
  root.ownerDocument.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !exited) {
      event.preventDefault()
      escapeHandler()
    }
  })

  return { start }
}
