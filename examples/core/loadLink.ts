import { isLinkScriptError, loadPinwheel, preloadPinwheel } from '@linkwheel/core'

export async function loadLink(cspNonce: string) {
  preloadPinwheel({ nonce: cspNonce }) // warm the script, e.g. on hover; never rejects
  try {
    const Pinwheel = await loadPinwheel({ nonce: cspNonce, timeoutMs: 10_000 })
    return Pinwheel // null on the server
  } catch (error) {
    if (isLinkScriptError(error)) return error.code // 'network' | 'timeout' | 'blocked' | 'missing_global'
    throw error
  }
}
