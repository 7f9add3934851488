import { markFor } from '../../fixtures/markFor.js'
import { h } from '../h.js'

/** The generated mark of an employer (round) or platform (square), hidden from screen readers. */
export function renderMark(id: string, name: string, kind: 'employer' | 'platform'): HTMLElement {
  const mark = markFor(id, name)
  return h(
    'span',
    {
      class: kind === 'platform' ? 'mark platform' : 'mark',
      style: `--hue:${mark.hue}`,
      'aria-hidden': 'true',
    },
    mark.initials,
  )
}
