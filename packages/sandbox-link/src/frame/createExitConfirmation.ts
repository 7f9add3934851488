import type { View } from './createLinkView.js'
import type { LinkStepContext } from './LinkStepContext.js'
import { renderMessage } from './screens/renderMessage.js'

/**
 * The close button's and Escape's question (EXIT_CONFIRMATION): returns `requestClose`, which
 * asks before leaving, answers a second Escape with Go back, and exits at once from a terminal screen.
 */
export function createExitConfirmation(ctx: Omit<LinkStepContext, 'requestClose'>): () => void {
  const { view, channel, state } = ctx
  const { t } = state
  let beforeExit: View | undefined

  const goBack = (): void => {
    if (beforeExit) view.show(beforeExit)
  }
  // Link v3+: leaving the amount screen without choosing reports an all-null allocation.
  const confirmExit = (): void => {
    if (beforeExit?.screenName === 'DD_AMOUNT_SELECTION')
      channel.emit('input_allocation', { action: null, allocation: null })
    ctx.exit()
  }

  return function requestClose(): void {
    const current = view.current
    if (ctx.isExited()) return
    if (!current || current.terminal) {
      ctx.exit()
      return
    }
    if (current.screenName === 'EXIT_CONFIRMATION') {
      goBack()
      return
    }
    beforeExit = current
    view.show({
      screenName: 'EXIT_CONFIRMATION',
      render: () =>
        renderMessage(t, {
          title: t.exitTitle,
          body: [t.exitBody],
          actions: [
            { label: t.exitConfirm, primary: true, onClick: confirmExit },
            { label: t.exitCancel, onClick: goBack },
          ],
          onClose: goBack,
        }),
    })
  }
}
