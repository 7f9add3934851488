/**
 * Sets `aria-hidden="true"` on every child of `document.body` except `keep`, and returns a
 * function that restores the previous values.
 */
export function hideDocumentContent(keep: readonly Element[]): () => void {
  const changed: Array<[Element, string | null]> = []
  for (const child of Array.from(document.body.children)) {
    if (keep.includes(child) || child.tagName === 'SCRIPT') continue
    changed.push([child, child.getAttribute('aria-hidden')])
    child.setAttribute('aria-hidden', 'true')
  }
  return () => {
    for (const [element, previous] of changed) {
      if (previous === null) element.removeAttribute('aria-hidden')
      else element.setAttribute('aria-hidden', previous)
    }
  }
}
