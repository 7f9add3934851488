import type { InitializationParams, PinwheelGlobal } from '@linkwheel/core'

/**
 * What the sandbox `Pinwheel.open` accepts: the real Link `InitializationParams` (from
 * `@linkwheel/core`), plus `onLoginAttempt`, which the official React wrapper types.
 */
export interface SandboxInitializationParams extends InitializationParams {
  /** Called on the user's first login submit (the `login_attempt` event). */
  onLoginAttempt?: (payload: { platformId: string }) => void
}

/** The global the sandbox script defines: `window.Pinwheel`, with the real script's contract. */
export interface SandboxPinwheel extends PinwheelGlobal {
  /** Opens Link over the page. Resolves once the modal is in the DOM; rejects on bad params or when already open. */
  open(params: SandboxInitializationParams): Promise<void>
  /** Removes the modal and returns focus; no `onExit` (the app closed it itself). */
  close(): Promise<void>
}
