import { h } from '../h.js'
import type { LinkStrings } from '../linkStrings.js'
import { renderShell } from './renderShell.js'

/** A button at the foot of a message screen. */
export interface MessageAction {
  label: string
  primary?: boolean
  onClick(): void
}

/** A screen with a title, some text or nodes, and buttons (intro, confirmations, results, errors). */
export function renderMessage(
  t: LinkStrings,
  options: {
    title: string
    body: Array<Node | string>
    actions: MessageAction[]
    onClose(): void
    alert?: boolean
  },
): HTMLElement {
  return renderShell(
    t,
    options.title,
    options.onClose,
    ...options.body.map((part) =>
      typeof part === 'string' ? h('p', options.alert ? { role: 'alert' } : {}, part) : part,
    ),
    h(
      'div',
      { class: 'actions' },
      ...options.actions.map((action) =>
        h(
          'button',
          {
            type: 'button',
            class: action.primary ? 'primary' : undefined,
            onclick: action.onClick,
          },
          action.label,
        ),
      ),
    ),
  )
}
