/** Click-to-open timings read by the harness, in ms from the click event's `timeStamp`. */
export interface BenchTiming {
  /** Until the modal's iframe was in the document with a laid-out box. */
  iframeMs: number
  /** Until the `open` event reached the app (store record, or the direct `onEvent`). */
  openEventMs: number
  /** Until both: the figure the table reports. */
  totalMs: number
  /** Until the browser started fetching the Link script, when the click caused the fetch, else `null`. */
  scriptFetchStartMs: number | null
  /** Until the Link script response ended, when the click caused the fetch, else `null`. */
  scriptFetchEndMs: number | null
}

/** What the bench page exposes as `window.bench` to the Playwright harness. */
export interface BenchPageApi {
  /** Uses this Link token for the next open and clears the last timing; preloads when asked. */
  prepare(token: string): Promise<void>
  /** The timing of the last click once the modal is open, else `null`. */
  timing(): BenchTiming | null
  /** Closes Link the way the mode's app would (hook `close()` or `Pinwheel.close()`). */
  close(): Promise<void>
  /** `mode=mounts`: mounts or unmounts `<PinwheelLink>`. */
  setMounted(mounted: boolean): void
  /** How many `<script>` tags for the Link script the document holds. */
  scriptTags(): number
}

/** The part of the Link script's global the direct variant calls. */
export interface DirectPinwheel {
  open(params: {
    linkToken: string
    onEvent?: (name: string, payload: unknown) => void
  }): Promise<void>
  close(): Promise<void>
}

/** `window` as the bench page sees it (typed locally: no global augmentation to clash with). */
export type BenchWindow = Window & { bench?: BenchPageApi; Pinwheel?: DirectPinwheel }
