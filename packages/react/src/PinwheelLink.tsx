import { type CSSProperties, type ReactNode, useId } from 'react'
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
  'aria-haspopup': 'dialog'
  'aria-describedby': string | undefined
}

/** What a render-prop `children` receives: the hook's result plus ready-made trigger props. */
export interface PinwheelLinkRenderProps extends UsePinwheelLinkResult {
  /** Spread on your button: click handling and the busy / error states. */
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
  /** Class of the default button. */
  className?: string
  /** Style of the default button. */
  style?: CSSProperties
  /** Id of the default button. */
  id?: string
}

/**
 * A button that opens Pinwheel Link. Disabled and `aria-busy` while the script loads. After a
 * script error it says why (an alert the button points to with `aria-describedby`), and a click
 * loads the script again and opens Link once it is there. Every Link callback (`onSuccess`,
 * `onExit`, `onEvent`…) is a prop and always the latest one. To open Link from state, as
 * `@pinwheel/react-modal` does, use {@link PinwheelModal}.
 *
 * @example
 * ```tsx
 * <PinwheelLink getLinkToken={fetchLinkToken} onSuccess={(result) => save(result.accountId)}>
 *   Connect your payroll
 * </PinwheelLink>
 * ```
 */
export function PinwheelLink(props: PinwheelLinkProps): ReactNode {
  const { children, className, style, id, ...options } = props
  const link = usePinwheelLink(options)
  const { status, error } = link
  const errorId = useId()
  const busy = status === 'idle' || status === 'loading'
  const triggerProps: PinwheelLinkTriggerProps = {
    // open() never leaves a rejection unhandled: a failure shows in `error`. After a script
    // error it loads the script again (the retry) and opens Link once it is there.
    onClick: () => void link.open(),
    disabled: busy,
    'aria-busy': busy,
    'aria-haspopup': 'dialog',
    'aria-describedby': error ? errorId : undefined,
  }
  if (typeof children === 'function') return children({ ...link, triggerProps, errorId })
  return (
    <>
      <button type="button" id={id} className={className} style={style} {...triggerProps}>
        {children}
      </button>
      {error && (
        <span id={errorId} role="alert">
          {error.message}
        </span>
      )}
    </>
  )
}
