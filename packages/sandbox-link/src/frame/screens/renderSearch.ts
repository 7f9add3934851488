import type { SandboxEmployer } from '../../fixtures/sandboxEmployers.js'
import { sandboxEmployers } from '../../fixtures/sandboxEmployers.js'
import type { SandboxPlatform } from '../../fixtures/sandboxPlatforms.js'
import { sandboxPlatforms } from '../../fixtures/sandboxPlatforms.js'
import { h } from '../h.js'
import type { LinkStrings } from '../linkStrings.js'
import { renderMark } from './renderMark.js'
import { renderShell } from './renderShell.js'

/** What the search screen needs from the flow. */
export interface SearchScreenProps {
  t: LinkStrings
  /** Platforms only (SEARCH_PLATFORM_ONLY) or employers and platforms (SEARCH_DEFAULT / SEARCH_RESULTS). */
  platformsOnly: boolean
  query: string
  /** Called on each keystroke; the flow reports DEFAULT ↔ RESULTS transitions. */
  onQuery(query: string): void
  onEmployer(employer: SandboxEmployer): void
  onPlatform(platform: SandboxPlatform): void
  onPlatformsOnly(): void
  onBack(): void
  onClose(): void
  /** Extra entry points (doc uploads, DD form) shown under the list. */
  extras: Array<{ label: string; onClick(): void }>
}

const matches = (name: string, query: string) =>
  name.toLowerCase().includes(query.trim().toLowerCase())

/** SEARCH_DEFAULT, SEARCH_RESULTS and SEARCH_PLATFORM_ONLY. The list updates in place as the user types. */
export function renderSearch(props: SearchScreenProps): HTMLElement {
  const { t } = props
  const list = h('div', { class: 'results' })

  const option = (
    item: { id: string; name: string },
    kind: 'employer' | 'platform',
    onClick: () => void,
  ) =>
    h(
      'li',
      {},
      h(
        'button',
        { type: 'button', onclick: onClick },
        renderMark(item.id, item.name, kind),
        item.name,
      ),
    )

  const update = (query: string): void => {
    const blocks: Node[] = []
    if (props.platformsOnly) {
      const platforms = sandboxPlatforms.filter((p) => matches(p.name, query))
      blocks.push(
        h(
          'ul',
          { 'aria-label': t.platformsTitle },
          ...platforms.map((p) => option(p, 'platform', () => props.onPlatform(p))),
        ),
      )
      if (platforms.length === 0) blocks.push(h('p', {}, t.noResults))
    } else if (!query.trim()) {
      blocks.push(
        h('h2', {}, t.popular),
        h(
          'ul',
          { 'aria-label': t.popular },
          ...sandboxEmployers
            .slice(0, 6)
            .map((e) => option(e, 'employer', () => props.onEmployer(e))),
        ),
      )
    } else {
      const employers = sandboxEmployers.filter((e) => matches(e.name, query))
      const platforms = sandboxPlatforms.filter((p) => matches(p.name, query))
      blocks.push(
        h('h2', {}, t.results),
        h(
          'ul',
          { 'aria-label': t.results },
          ...employers.map((e) => option(e, 'employer', () => props.onEmployer(e))),
          ...platforms.map((p) => option(p, 'platform', () => props.onPlatform(p))),
        ),
      )
      if (employers.length + platforms.length === 0) blocks.push(h('p', {}, t.noResults))
      blocks.push(h('button', { type: 'button', onclick: props.onPlatformsOnly }, t.platformsOnly))
    }
    list.replaceChildren(...blocks)
  }

  const input = h('input', {
    type: 'search',
    name: 'search',
    autocomplete: 'off',
    oninput: () => {
      update(input.value)
      props.onQuery(input.value)
    },
  })
  input.value = props.query
  update(props.query)

  return renderShell(
    t,
    props.platformsOnly ? t.platformsTitle : t.searchTitle,
    props.onClose,
    h('label', {}, props.platformsOnly ? t.platformsLabel : t.searchLabel, input),
    list,
    props.extras.length > 0
      ? h(
          'div',
          { class: 'other-ways', role: 'group', 'aria-label': t.otherWays },
          ...props.extras.map((extra) =>
            h('button', { type: 'button', onclick: extra.onClick }, extra.label),
          ),
        )
      : null,
    props.platformsOnly
      ? h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', onclick: props.onBack }, t.back),
        )
      : null,
  )
}
