/**
 * The page the Chromium sections drive (bundled by esbuild, served from its own origin). Modes, from
 * the query string: `mode=component` (`<PinwheelLink>`), `mode=direct` (`window.Pinwheel.open`
 * from a plain DOM click handler), `mode=mounts` (mount/unmount `<PinwheelLink>` on demand);
 * `preload=1` loads the script before the click, `preload=0` lets the click load it.
 * The harness talks to it through `window.bench` and reads timings from it.
 */
import {
  createLinkEventStore,
  PinwheelModal as LinkwheelModal,
  PinwheelLink,
  PinwheelProvider,
  subscribeToLinkEvents,
} from '@linkwheel/react'
import PinwheelModal from '@pinwheel/react-modal'
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import type { BenchPageApi, BenchTiming, BenchWindow } from './BenchPageApi'

const win = window as BenchWindow

const params = new URLSearchParams(window.location.search)
const mode = params.get('mode') ?? 'component'
const preload = params.get('preload') === '1'
const scriptUrl = params.get('scriptUrl') ?? ''

let clickAt: number | null = null
let iframeAt: number | null = null
let openAt: number | null = null
let token = ''
let closeLink: () => Promise<void> = async () => {}

// Capture phase on window: runs before React's root listener and before the button's handler.
window.addEventListener(
  'click',
  (event) => {
    if ((event.target as Element | null)?.closest('[data-bench-trigger]')) clickAt = event.timeStamp
  },
  true,
)

// The modal counts as visible once its iframe is in the document with a laid-out box.
new MutationObserver(() => {
  if (iframeAt !== null) return
  const frame = document.querySelector('iframe[data-pinwheel="modal"]')
  if (frame && frame.getBoundingClientRect().width > 0) iframeAt = performance.now()
}).observe(document.body, { childList: true, subtree: true })

const markOpen = () => {
  openAt ??= performance.now()
}

const store = createLinkEventStore()
subscribeToLinkEvents(store, (record) => {
  if (record.name === 'open') markOpen()
})

function loadScriptTag(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script')
    script.src = scriptUrl
    script.async = true
    script.onload = () => resolve()
    script.onerror = () => reject(new Error(`could not load ${scriptUrl}`))
    document.head.append(script)
  })
}

let setRendered: (value: { token: string; mounted: boolean; open: boolean }) => void = () => {}
let renderedToken = ''

function App() {
  const [state, setState] = useState({ token: '', mounted: mode !== 'mounts', open: false })
  setRendered = setState
  renderedToken = state.token
  if (!state.mounted) return <p>unmounted</p>
  if (mode === 'peer') {
    // As its README shows: render it (preloaded: before the click, so its script loads) and set
    // `open` from state; not loaded: the click renders it open, which loads its script.
    const show = () => setState({ ...state, open: true })
    return (
      <>
        <button type="button" data-bench-trigger onClick={show}>
          Connect payroll
        </button>
        {(preload || state.open) && (
          <PinwheelModal
            open={state.open}
            linkToken={state.token}
            _srcUrl={scriptUrl}
            onEvent={(name: string) => name === 'open' && markOpen()}
          />
        )}
      </>
    )
  }
  if (mode === 'component' && !preload) {
    // Cold start: the click renders linkwheel's <PinwheelModal open>, which loads the script;
    // closing renders the button again, and the unmount closes Link.
    closeLink = async () => setRendered({ token: state.token, mounted: true, open: false })
    return state.open ? (
      <LinkwheelModal open linkToken={state.token} _srcUrl={scriptUrl} />
    ) : (
      <button type="button" data-bench-trigger onClick={() => setState({ ...state, open: true })}>
        Connect payroll
      </button>
    )
  }
  return (
    <PinwheelLink linkToken={state.token || undefined} scriptUrl={scriptUrl}>
      {(link) => {
        closeLink = link.close
        return (
          <button type="button" data-bench-trigger data-status={link.status} {...link.triggerProps}>
            Connect payroll
          </button>
        )
      }}
    </PinwheelLink>
  )
}

if (mode === 'direct') {
  const button = document.createElement('button')
  button.type = 'button'
  button.textContent = 'Connect payroll'
  button.dataset.benchTrigger = ''
  button.addEventListener('click', () => {
    const open = () =>
      win.Pinwheel?.open({ linkToken: token, onEvent: (name) => name === 'open' && markOpen() })
    if (win.Pinwheel) void open()
    else void loadScriptTag().then(open)
  })
  document.body.append(button)
} else {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PinwheelProvider store={store}>
        <App />
      </PinwheelProvider>
    </StrictMode>,
  )
}

const api: BenchPageApi = {
  async prepare(nextToken) {
    token = nextToken
    clickAt = null
    iframeAt = null
    openAt = null
    if (mode === 'direct') {
      if (preload && !win.Pinwheel) await loadScriptTag()
      return
    }
    setRendered({ token: nextToken, mounted: true, open: false })
    while (renderedToken !== nextToken) await new Promise((r) => setTimeout(r, 1))
    // The official wrapper has no ready state to show: wait for its script like a user would.
    while (mode === 'peer' && preload && !win.Pinwheel) await new Promise((r) => setTimeout(r, 5))
  },
  timing(): BenchTiming | null {
    if (clickAt === null || iframeAt === null || openAt === null) return null
    const click = clickAt
    // Resource timing of the Link script fetch this click caused (none when it was preloaded).
    const fetch = performance
      .getEntriesByName(scriptUrl, 'resource')
      .find((entry) => entry.startTime >= click) as PerformanceResourceTiming | undefined
    return {
      iframeMs: iframeAt - click,
      openEventMs: openAt - click,
      totalMs: Math.max(iframeAt, openAt) - click,
      scriptFetchStartMs: fetch ? fetch.startTime - click : null,
      scriptFetchEndMs: fetch ? fetch.responseEnd - click : null,
    }
  },
  async close() {
    if (mode === 'direct') await win.Pinwheel?.close()
    else if (mode === 'peer') {
      await win.Pinwheel?.close()
      setRendered({ token, mounted: true, open: false })
    } else await closeLink()
  },
  setMounted(mounted) {
    setRendered({ token, mounted, open: false })
  },
  scriptTags: () => document.querySelectorAll(`script[src="${scriptUrl}"]`).length,
}
win.bench = api
