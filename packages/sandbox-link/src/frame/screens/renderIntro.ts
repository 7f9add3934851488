import { h } from '../h.js'
import type { LinkStrings } from '../linkStrings.js'
import { renderMark } from './renderMark.js'
import { renderShell } from './renderShell.js'

/** The intro: who asks, what happens next (the steps), and where the credentials go. */
export function renderIntro(
  t: LinkStrings,
  org: string,
  options: { switching: boolean; onContinue(): void; onClose(): void },
): HTMLElement {
  const steps = [t.stepFind, t.stepLogin, options.switching ? t.stepAmount : t.stepShare]
  return renderShell(
    t,
    t.introTitle(org),
    options.onClose,
    h(
      'div',
      { class: 'hero' },
      renderMark(org, org, 'employer'),
      h('p', { class: 'lead' }, t.introLead),
    ),
    h(
      'ol',
      { class: 'steps', 'aria-label': t.stepsLabel },
      ...steps.map((step) => h('li', {}, step)),
    ),
    h('p', {}, t.introBody),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: options.onContinue }, t.continue),
    ),
    h('p', { class: 'notice' }, t.sandboxNotice),
  )
}
