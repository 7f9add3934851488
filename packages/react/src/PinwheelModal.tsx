import type { PinwheelLinkCallbacks, PinwheelLinkOptions } from '@linkwheel/core'
import { type ReactNode, useEffect } from 'react'
import { usePinwheelLink } from './usePinwheelLink'

/**
 * Props of {@link PinwheelModal}: those of `@pinwheel/react-modal`'s default export, so moving
 * from it is an import change.
 */
export interface PinwheelModalProps
  extends PinwheelLinkCallbacks,
    Pick<
      PinwheelLinkOptions,
      | 'useDarkMode'
      | 'modalStyling'
      | 'overlayStyling'
      | 'ariaHideDocumentContent'
      | 'useSecureOrigin'
    > {
  /** Link opens when this becomes `true` and closes when it becomes `false`. */
  open?: boolean | undefined
  /** The Link token from `POST /v1/link_tokens`. */
  linkToken: string
  /** Another Link script (the official wrapper's override). @default PINWHEEL_SCRIPT_URL */
  _srcUrl?: string | undefined
}

/**
 * `@pinwheel/react-modal`'s component on linkwheel's controller: renders nothing, opens Link when
 * `open` becomes `true` and closes it when `false`, and records every event in the store (the
 * nearest `PinwheelProvider`'s, or the default one). To migrate, change the import:
 *
 * @example
 * ```tsx
 * // import PinwheelModal from '@pinwheel/react-modal'
 * import { PinwheelModal } from '@linkwheel/react'
 *
 * <PinwheelModal open={open} linkToken={token} onSuccess={save} onExit={() => setOpen(false)} />
 * ```
 */
export function PinwheelModal({ open = false, _srcUrl, ...props }: PinwheelModalProps): ReactNode {
  const link = usePinwheelLink({ ...props, scriptUrl: _srcUrl })
  useEffect(() => {
    // Neither leaves a rejection unhandled: a failure goes to onError.
    void (open ? link.open() : link.close())
  }, [open, link.open, link.close])
  return null
}
