/**
 * The persistence bench page: a store fed by `postMessage` from a Link-like frame on another
 * site, as the real Link frame feeds `onEvent`. `?mode=persist` gives the store
 * `persistLinkEvents()` (sessionStorage); `?mode=memory` keeps it in memory; `?mode=none` only
 * counts the messages (what receiving them costs without any store). The
 * harness calls `window.persistBench.burst(n)`, which asks the frame to post `n` events at once
 * and resolves when the store holds them all and (with persistence) storage holds the last one.
 */
import { createLinkEventStore } from '@linkwheel/core'
import { persistLinkEvents } from '@linkwheel/core/persist'

/** What the page exposes to the harness as `window.persistBench`. */
export interface PersistBenchApi {
  /** Sends `count` events from the frame; resolves once recorded (and persisted, when on). */
  burst(
    count: number,
  ): Promise<{ writes: number; bytes: number; setItemMs: number; events: number }>
}

const params = new URL(location.href).searchParams
const mode = params.get('mode') ?? 'memory'
const persist = mode === 'persist'
const frameOrigin = params.get('frameOrigin') ?? ''
let writes = 0
let bytes = 0
let setItemMs = 0
let lastWrite = ''
// sessionStorage, with its writes counted: the harness waits for the write of the last event.
const storage: Storage = {
  get length() {
    return sessionStorage.length
  },
  clear: () => sessionStorage.clear(),
  key: (index) => sessionStorage.key(index),
  getItem: (key) => sessionStorage.getItem(key),
  removeItem: (key) => sessionStorage.removeItem(key),
  setItem: (key, value) => {
    const start = performance.now()
    sessionStorage.setItem(key, value)
    setItemMs += performance.now() - start
    writes++
    bytes = value.length
    lastWrite = value
  },
}
sessionStorage.clear()
const store = createLinkEventStore(persist ? { persist: persistLinkEvents({ storage }) } : {})

const frame = document.createElement('iframe')
frame.src = `${frameOrigin}/?bundle=persistFrame`
document.body.append(frame)
const frameReady = new Promise<void>((resolve) => {
  addEventListener('message', function ready(event) {
    if (event.origin === frameOrigin && event.data === 'ready') {
      removeEventListener('message', ready)
      resolve()
    }
  })
})

let expected = 0
let received = 0
let settle: (() => void) | null = null
const check = (): void => {
  const { lastSeq } = store.getState()
  if (!settle || (mode === 'none' ? received : lastSeq) < expected) return
  if (persist && !lastWrite.includes(`"lastSeq":${expected}}`)) return
  settle()
  settle = null
}
addEventListener('message', (event) => {
  if (event.origin !== frameOrigin || typeof event.data !== 'object' || event.data === null) return
  const { type, sessionId, eventName, payload } = event.data as Record<string, unknown>
  if (type !== 'PINWHEEL_EVENT' || typeof sessionId !== 'string') return
  received++
  if (mode !== 'none') store.getState().record(sessionId, eventName as string, payload)
  check()
})

const api: PersistBenchApi = {
  async burst(count) {
    await frameReady
    expected = (mode === 'none' ? received : store.getState().lastSeq) + count
    const done = new Promise<void>((resolve) => {
      settle = resolve
    })
    frame.contentWindow?.postMessage({ burst: count }, frameOrigin)
    // The write that completes it happens in a later frame: poll cheaply until then.
    const poll = setInterval(check, 20)
    await done
    clearInterval(poll)
    return { writes, bytes, setItemMs, events: store.getState().events.length }
  },
}
;(window as { persistBench?: PersistBenchApi }).persistBench = api
