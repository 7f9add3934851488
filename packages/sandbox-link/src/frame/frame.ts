/**
 * The sandbox Link frame page script (`frame.js`): waits for `PINWHEEL_INIT` from the host page
 * whose origin is in `?parentOrigin=`, then runs the modal.
 */
import { createHostChannel } from './createHostChannel.js'
import { createLinkApiClient } from './createLinkApiClient.js'
import { createLinkFlow } from './createLinkFlow.js'
import { trapFocus } from './trapFocus.js'

const root = document.getElementById('app')
const query = new URLSearchParams(window.location.search)
const parentOrigin = query.get('parentOrigin')

if (!root) {
  throw new Error(
    '[linkwheel] frame.html has no #app element: serve the frame page from getSandboxLinkAssets().',
  )
}
if (!parentOrigin || window.parent === window) {
  root.textContent =
    'This page is the Pinwheel Link frame: open it with Pinwheel.open() from pinwheel.js.'
} else {
  trapFocus(root)
  if (query.get('useDarkMode') === 'true') document.documentElement.classList.add('dark')
  createHostChannel(parentOrigin, (init, channel) => {
    const flow = createLinkFlow({
      root,
      api: createLinkApiClient(window.location.origin),
      channel,
      linkToken: init.linkToken,
    })
    void flow.start()
  })
}
