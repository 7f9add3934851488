const focusableSelector =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex="0"]'

/** Keeps Tab and Shift+Tab cycling inside `root`: the modal never hands focus back to the page. */
export function trapFocus(root: HTMLElement): void {
  root.ownerDocument.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return
    const focusable = Array.from(root.querySelectorAll<HTMLElement>(focusableSelector)).filter(
      (element) => element.getClientRects().length > 0,
    )
    const first = focusable[0]
    const last = focusable.at(-1)
    if (!first || !last) {
      event.preventDefault()
      return
    }
    const active = root.ownerDocument.activeElement
    const inside = active instanceof HTMLElement && focusable.includes(active)
    // From the heading a screen focuses, Tab takes the browser's order: the control after it.
    if (!inside && active !== root && active instanceof Node && root.contains(active)) return
    if (event.shiftKey && (active === first || !inside)) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && (active === last || !inside)) {
      event.preventDefault()
      first.focus()
    }
  })
}
