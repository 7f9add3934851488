import type { LinkScreenTransitionPayload } from '../protocol/linkEvents.js'
import type { HostChannel } from './createHostChannel.js'

/** The screens of Pinwheel's table that the sandbox shows. */
export type ScreenName =
  | 'SEARCH_DEFAULT'
  | 'SEARCH_RESULTS'
  | 'SEARCH_PLATFORM_ONLY'
  | 'PROVIDER_CONFIRMATION'
  | 'LOGIN'
  | 'DD_AMOUNT_SELECTION'
  | 'DD_CONFIRMATION'
  | 'JOB_SUCCESS'
  | 'JOB_ERROR'
  | 'EXIT_CONFIRMATION'

/** One screen the flow can show, and show again after EXIT_CONFIRMATION → Go back. */
export interface View {
  /** Reported by `screen_transition`; screens outside the seed table (intro, busy, error) have none. */
  screenName?: ScreenName
  /** Extra `screen_transition` fields (LOGIN carries the selection). */
  extras?: Omit<LinkScreenTransitionPayload, 'screenName'>
  /** On terminal screens the close button exits at once, without EXIT_CONFIRMATION. */
  terminal?: boolean
  render(): HTMLElement
}

/** Draws views into the frame and reports screen transitions. */
export interface LinkView {
  /** The view on display. */
  readonly current: View | undefined
  /** Reports the transition (if the view has a screen name) and draws it. */
  show(view: View): void
  /** Reports a transition without redrawing (search DEFAULT ↔ RESULTS while typing). */
  transition(view: View, screenName: ScreenName): void
  /** Draws a node without a transition (busy states, inline errors). */
  paint(node: HTMLElement): void
}

/** Creates the view layer over `root`; calls `onFirstPaint` once (→ `PINWHEEL_LOAD_COMPLETE`). */
export function createLinkView(
  root: HTMLElement,
  channel: HostChannel,
  onFirstPaint: () => void,
): LinkView {
  let current: View | undefined
  let painted = false

  const paint = (node: HTMLElement): void => {
    root.replaceChildren(node)
    const target = node.querySelector<HTMLElement>('input:not([type=radio]):not([type=file]), h1')
    target?.focus()
    if (!painted) {
      painted = true
      onFirstPaint()
    }
  }
  const report = (screenName: ScreenName, view: View): void => {
    channel.emit('screen_transition', { screenName, ...view.extras })
  }

  return {
    get current() {
      return current
    },
    show(view) {
      current = view
      // The progress bar's length (frameHtml); the exit question keeps the step it interrupts.
      if (view.screenName !== 'EXIT_CONFIRMATION') {
        root.dataset.screen = view.screenName ?? (view.terminal ? 'END' : 'INTRO')
      }
      if (view.screenName) report(view.screenName, view)
      paint(view.render())
    },
    transition(view, screenName) {
      view.screenName = screenName
      report(screenName, view)
    },
    paint,
  }
}
