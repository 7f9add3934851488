type Attributes = Record<string, string | boolean | undefined | ((event: Event) => void)>
type Child = Node | string | null | undefined | false

/**
 * Creates an element: `h('button', { type: 'button', onclick: go }, 'Next')`. Functions become
 * listeners, `true` sets an empty attribute, `false`/`undefined` skip it. Text is never parsed as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value)
    else if (value === true) element.setAttribute(name, '')
    else if (typeof value === 'string') element.setAttribute(name, value)
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    element.append(child)
  }
  return element
}
