import { h } from '../h.js'
import type { LinkStrings } from '../linkStrings.js'

/**
 * Every screen's frame: the linkwheel sandbox identity and the close button, the progress bar
 * (its length comes from the screen name on `<main>`, see frameHtml), the title, then the body.
 */
export function renderShell(
  t: LinkStrings,
  title: string,
  onClose: () => void,
  ...body: Array<Node | null>
): HTMLElement {
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'screen-title' },
    h(
      'div',
      { class: 'topbar' },
      h(
        'span',
        { class: 'brand' },
        h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'lw'),
        t.brand,
        h('span', { class: 'tag' }, t.sandboxTag),
      ),
      h('button', { type: 'button', class: 'close', 'aria-label': t.close, onclick: onClose }, '×'),
    ),
    h('div', { class: 'progress', 'aria-hidden': 'true' }, h('span', {})),
    h('h1', { id: 'screen-title', tabindex: '-1' }, title),
    ...body,
  )
}
