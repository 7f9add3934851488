import { JSDOM } from 'jsdom'

/**
 * Gives Node the browser globals react-dom needs (`window`, `document`, DOM classes) from a jsdom
 * window, and marks the process as an `act` environment. Call before importing react-dom.
 */
export function installJsdomGlobals(): JSDOM {
  const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
    url: 'http://localhost/',
    pretendToBeVisual: true,
  })
  const globals = globalThis as Record<string, unknown>
  const { window } = dom
  for (const key of Object.getOwnPropertyNames(window)) {
    // Keep Node's own versions of what both have (timers, URL, performance, …).
    if (key in globals) continue
    globals[key] = (window as unknown as Record<string, unknown>)[key]
  }
  globals.window = window
  globals.document = window.document
  globals.IS_REACT_ACT_ENVIRONMENT = true
  return dom
}
