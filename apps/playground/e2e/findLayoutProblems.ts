import type { Frame, Page } from '@playwright/test'

/**
 * Measures every text box of every card (`cards`, and `.card` inside one) in the page or frame and lists
 * what a reader would see as broken:
 * - text overlapping other text (two line boxes of different text nodes intersect);
 * - text overflowing its card, or cut by an ancestor that clips (`overflow: hidden`) rather than
 *   scrolls;
 * - a `<select>` too narrow for its chosen option's text ("None (user searcl").
 * Text scrolled out of view inside a scrolling list is not a problem; visually hidden text
 * (screen-reader-only lists) is skipped.
 */
export async function findLayoutProblems(
  target: Page | Frame,
  cards = '.panel',
): Promise<string[]> {
  return target.evaluate((cards) => {
    const problems: string[] = []
    const slack = 1.5
    type Box = { left: number; top: number; right: number; bottom: number }
    const nameOf = (node: Node): string => {
      const text = (node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
      const element = node instanceof Element ? node : node.parentElement
      const where = element?.closest('[aria-labelledby], [aria-label]')
      const label =
        where?.getAttribute('aria-label') ??
        document.getElementById(where?.getAttribute('aria-labelledby') ?? '')?.textContent ??
        ''
      return `"${text}" (in ${label.trim().slice(0, 40) || element?.tagName.toLowerCase()})`
    }
    const intersect = (a: Box, b: Box): Box => ({
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    })
    const inside = (inner: Box, outer: Box) =>
      inner.left >= outer.left - slack &&
      inner.right <= outer.right + slack &&
      inner.top >= outer.top - slack &&
      inner.bottom <= outer.bottom + slack

    const hidden = (element: Element): boolean =>
      element.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)') !== null

    for (const panel of document.querySelectorAll(cards)) {
      const boxes: { node: Node; box: Box }[] = []
      const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement
        if (!parent || !node.textContent?.trim() || hidden(parent)) continue
        if (parent.closest('option, script, style')) continue
        const card = parent.closest(`.card, ${cards}`) as Element
        const cardBox = card.getBoundingClientRect()
        // The visible area: clipped by every scrolling or clipping ancestor up to the panel.
        let visible: Box = { left: -1e9, top: -1e9, right: 1e9, bottom: 1e9 }
        let cutBy: Element | null = null
        for (
          let up: HTMLElement | null = parent;
          up && up !== panel.parentElement;
          up = up.parentElement
        ) {
          const style = getComputedStyle(up)
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
          const scrolls = /auto|scroll/.test(style.overflowX + style.overflowY)
          const rect = up.getBoundingClientRect()
          visible = intersect(visible, rect)
          if (!scrolls) cutBy ??= up
        }
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const rect of range.getClientRects()) {
          if (rect.width < 1 || rect.height < 1) continue
          const shown = intersect(rect, visible)
          if (shown.right - shown.left < 1 || shown.bottom - shown.top < 1) continue
          if (cutBy && !inside(rect, visible)) {
            problems.push(`${nameOf(node)} is cut off by its container`)
          }
          if (!inside(shown, cardBox)) {
            problems.push(`${nameOf(node)} overflows its card ${nameOf(card).slice(0, 30)}`)
          }
          boxes.push({ node, box: shown })
        }
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!
          const b = boxes[j]!
          if (a.node === b.node) continue
          const overlap = intersect(a.box, b.box)
          if (overlap.right - overlap.left > 2 && overlap.bottom - overlap.top > 2) {
            problems.push(`${nameOf(a.node)} overlaps ${nameOf(b.node)}`)
          }
        }
      }
      const canvas = document.createElement('canvas').getContext('2d')!
      for (const select of panel.querySelectorAll('select')) {
        const option = select.selectedOptions[0]
        if (!option || hidden(select)) continue
        const style = getComputedStyle(select)
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
        const needed = canvas.measureText(option.text).width
        // The arrow of a native select takes about 20 px of its content box.
        const room =
          select.clientWidth -
          Number.parseFloat(style.paddingLeft) -
          Number.parseFloat(style.paddingRight) -
          20
        if (needed > room)
          problems.push(`select "${option.text}" is cut off (${needed | 0} px in ${room | 0} px)`)
      }
    }
    return [...new Set(problems)]
  }, cards)
}

/**
 * Sessions of the timeline whose last event is not fully visible on the page: missing, hidden, or
 * clipped by a container. Returns one line per such session.
 */
export async function findHiddenSessionEndings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    for (const session of document.querySelectorAll('.timeline section.session')) {
      const title = session.querySelector('h3')?.textContent ?? 'a session'
      const endings = session.querySelectorAll('li[data-ending]')
      if (endings.length !== 1) {
        problems.push(`${title}: ${endings.length} last events listed`)
        continue
      }
      const ending = endings[0]!
      const rect = ending.getBoundingClientRect()
      if (rect.width < 1 || rect.height < 1) {
        problems.push(`${title}: its last event has no size`)
        continue
      }
      for (let up = ending.parentElement; up; up = up.parentElement) {
        const style = getComputedStyle(up)
        if (style.display === 'none' || style.visibility === 'hidden') {
          problems.push(`${title}: its last event is hidden`)
          break
        }
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
        const box = up.getBoundingClientRect()
        if (rect.top < box.top - 1 || rect.bottom > box.bottom + 1) {
          problems.push(
            `${title}: its last event is clipped by ${up.tagName.toLowerCase()}.${up.className}`,
          )
          break
        }
      }
    }
    return problems
  })
}
