import { h } from '../h.js'
import type { LinkStrings } from '../linkStrings.js'

/** Header with the screen title and the close button, then the screen body. */
export function renderShell(
  t: LinkStrings,
  title: string,
  onClose: () => void,
  ...body: Node[]
): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'screen-title' },
    h(
      'header',
      {},
      h('h1', { id: 'screen-title', tabindex: '-1' }, title),
      h('button', { type: 'button', class: 'close', 'aria-label': t.close, onclick: onClose }, '×'),
    ),
    ...body,
  )
}
