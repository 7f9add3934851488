import { type CSSProperties, type ReactNode, useEffect, useId } from 'react'
import {
  type UsePinwheelLinkOptions,
  type UsePinwheelLinkResult,
  usePinwheelLink,
} from './usePinwheelLink'

/** Props to spread on your own trigger (see {@link PinwheelLinkProps.children}). */
interface PinwheelLinkTriggerProps {
  onClick: () => void
  disabled: boolean
  'aria-busy': boolean
  'aria-disabled': boolean
  'aria-haspopup': 'dialog'
  'aria-describedby': string | undefined
}

/** What a render-prop `children` receives: the hook's result plus ready-made trigger props. */
export interface PinwheelLinkRenderProps extends UsePinwheelLinkResult {
  /** Spread on your button: click handling and the busy / disabled / error states. */
  triggerProps: PinwheelLinkTriggerProps
  /** The id of the error text the default button points to with `aria-describedby`. */
  errorId: string
}

/** Props of {@link PinwheelLink}: the Link options (token, callbacks, styling) plus these. */
export type PinwheelLinkProps = UsePinwheelLinkOptions & {
  /**
   * The button label, or a function that renders your own trigger from
   * {@link PinwheelLinkRenderProps} (spread `triggerProps` on it).
   */
  children?: ReactNode | ((link: PinwheelLinkRenderProps) => ReactNode)
  /**
   * Controlled mode, as in `@pinwheel/react-modal`: Link opens when this becomes `true` and closes
   * when it becomes `false`. Then no button is rendered (a render-prop `children` still is); set
   * it back to `false` in `onExit`.
   * @default undefined (uncontrolled: the button opens Link)
   */
  open?: boolean
  /** Label of the retry button shown after a script error. @default 'Try again' */
  retryLabel?: ReactNode
  /** Class of the default button. */
  className?: string
  /** Style of the default button. */
  style?: CSSProperties
  /** Id of the default button. */
  id?: string
}

/**
 * A button that opens Pinwheel Link. Disabled and `aria-busy` while the script loads; after a
 * script error it is `aria-disabled`, described by the reason, with a retry button. Every Link
 * callback (`onSuccess`, `onExit`, `onEvent`…) is a prop and always the latest one.
 *
 * @example
 * ```tsx
 * <PinwheelLink getLinkToken={fetchLinkToken} onSuccess={(result) => save(result.accountId)}>
 *   Connect your payroll
 * </PinwheelLink>
 * ```
 */
export function PinwheelLink(props: PinwheelLinkProps): ReactNode {
  const {
    children,
    open: openProp,
    retryLabel = 'Try again',
    className,
    style,
    id,
    ...options
  } = props
  const link = usePinwheelLink(options)
  const { open, close, status, error } = link
  const errorId = useId()

  useEffect(() => {
    // open() and close() never leave a rejection unhandled: failures show in `error`.
    if (openProp === true) void open()
    else if (openProp === false) void close()
  }, [openProp, open, close])

  const busy = status === 'idle' || status === 'loading'
  const scriptError = status === 'script_error'
  const triggerProps: PinwheelLinkTriggerProps = {
    onClick: () => {
      if (!busy && !scriptError) void open()
    },
    disabled: busy,
    'aria-busy': busy,
    'aria-disabled': busy || scriptError,
    'aria-haspopup': 'dialog',
    'aria-describedby': error ? errorId : undefined,
  }
  if (typeof children === 'function') return children({ ...link, triggerProps, errorId })
  if (openProp !== undefined) return null
  return (
    <>
      <button type="button" id={id} className={className} style={style} {...triggerProps}>
        {children}
      </button>
      {error && (
        <span id={errorId} role="alert">
          {error.message}
          {scriptError && (
            <button type="button" onClick={link.retry}>
              {retryLabel}
            </button>
          )}
        </span>
      )}
    </>
  )
}
