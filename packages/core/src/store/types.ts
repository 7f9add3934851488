import type { StoreApi } from 'zustand/vanilla'
import type {
  InputAllocationPayload,
  OrString,
  PinwheelError,
  PinwheelEvent,
  ScreenName,
} from '../events/PinwheelEventPayloads'
import type { LinkSessionReport } from '../session/LinkSessionReport'

/**
 * One recorded Link event: the typed event plus where and when it happened. Still discriminated
 * on `name`, so `switch (record.name)` narrows `record.payload` exactly like a {@link PinwheelEvent}.
 */
export type LinkEventRecord = PinwheelEvent & {
  /** Unique in this store, also across reloads of a persisted store (e.g. `k3x9q:42`). */
  id: string
  /** 1, 2, 3… in recording order; never reused, also after {@link LinkEventState.clear}. */
  seq: number
  /** The Link session that emitted it. */
  sessionId: string
  /** When it was recorded, in milliseconds since the epoch (the store's `now()`). */
  at: number
}

/**
 * How the session connects a payroll account: `connect` (search for an employer or platform, then
 * log in) or `on_demand_update` (re-authenticate an account already connected: no search steps).
 */
export type LinkSessionMode = 'connect' | 'on_demand_update'

/**
 * Where `mode` came from: `given` by `startSession`, `events` (decided by a selection or by the
 * first `login`), or `default` (`connect` assumed; nothing has decided it yet).
 */
export type LinkSessionModeSource = 'given' | 'events' | 'default'

/**
 * The life of a session: `opening` (started, modal not shown yet), `open` (the `open` event came),
 * then one terminal status: `succeeded` (exit after at least one `success`), `errored` (exit
 * carrying an error), `exited` (exit without either), or `closed` (the host closed it, or the page
 * unloaded, without an exit event).
 */
export type LinkSessionStatus = 'opening' | 'open' | 'succeeded' | 'exited' | 'errored' | 'closed'

/** An employer or platform the user picked. */
export interface LinkSelection {
  /** Pinwheel's id of it. */
  id: string
  /** Its display name (`''` when only the id was reported). */
  name: string
}

/** What the store knows about one Link session, kept up to date as its events are recorded. */
export interface LinkSessionSummary {
  /** The session id (a uuid per open). */
  id: string
  /** `connect` or `on_demand_update`; see {@link LinkSessionModeSource} for how it was decided. */
  mode: LinkSessionMode
  /** Where {@link LinkSessionSummary.mode} came from. */
  modeSource: LinkSessionModeSource
  /** The current status. */
  status: LinkSessionStatus
  /** When the session started (`startSession`, or its first event when it was never started). */
  openedAt: number
  /** When the modal was shown (the `open` event), or `null`. */
  shownAt: number | null
  /** When it reached a terminal status, or `null` while it is still open. */
  closedAt: number | null
  /** The employer the user picked (`select_employer` or a `screen_transition` that names one). */
  employer: LinkSelection | null
  /** The platform the user picked (`select_platform` or a `screen_transition` that names one). */
  platform: LinkSelection | null
  /** The payroll account: given to `startSession`, or from `login` / `success`. */
  accountId: string | null
  /** The last allocation submitted (`input_allocation`, or the deprecated `input_amount`). */
  allocation: InputAllocationPayload | null
  /** The jobs that completed, each once, in order (`success` events). */
  jobsSucceeded: string[]
  /** Errors shown, in order; an exit error already reported by an `error` event is not repeated. */
  errors: PinwheelError[]
  /** The last screen shown (`screen_transition`), or `null`. */
  lastScreen: OrString<ScreenName> | null
  /** The last screen shown other than `EXIT_CONFIRMATION`: where the user was when they left. */
  lastTaskScreen: OrString<ScreenName> | null
  /** When the first `login_attempt` came, or `null`. */
  loginAttemptAt: number | null
  /** When `login` came, or `null`. */
  loggedInAt: number | null
  /** When the first `success` came, or `null`. */
  firstSuccessAt: number | null
  /** How many events this session recorded (including those since dropped from the buffer). */
  eventCount: number
}

/** Input of {@link LinkEventState.startSession}. */
export interface StartLinkSessionInput {
  /** The session id; the session controller uses a uuid per open. */
  sessionId: string
  /**
   * Omit it to let the events decide: `on_demand_update` when `login` arrives with no employer or
   * platform selection before it, otherwise `connect`.
   */
  mode?: LinkSessionMode
  /** The payroll account being updated, when known. */
  accountId?: string
  /** When the session started. @default the store's `now()` */
  at?: number
}

/** One event to record with {@link LinkEventState.recordMany}. */
export interface LinkEventEntry {
  /** The session that emitted it. */
  sessionId: string
  /** The typed event (from `parsePinwheelEvent`). */
  event: PinwheelEvent
  /** When it happened. @default the store's `now()` */
  at?: number
}

/** The state of a {@link LinkEventStore}: data and actions (zustand style). */
export interface LinkEventState {
  /** The most recent records, oldest first, at most `maxEvents` of them. */
  events: LinkEventRecord[]
  /** How many records were dropped from the front of {@link LinkEventState.events}. */
  dropped: number
  /** Session summaries by session id (at most `maxSessions`). */
  sessions: Record<string, LinkSessionSummary>
  /** Session ids in the order they started. */
  sessionIds: string[]
  /** How many session summaries were dropped to stay within `maxSessions`. */
  droppedSessions: number
  /** The `seq` of the last record (0 before any). */
  lastSeq: number
  /** Starts a session (status `opening`); on a known id it only fills in `mode` / `accountId`. */
  startSession: (input: StartLinkSessionInput) => void
  /**
   * Records an event of a session and updates its summary; creates the summary if the session is
   * unknown. Never drops the event. Returns the record.
   */
  record: (sessionId: string, event: PinwheelEvent, at?: number) => LinkEventRecord
  /**
   * Records several events (of one or more sessions) in one update: subscribers are notified
   * once. For replays and imports; returns the records in order.
   */
  recordMany: (entries: readonly LinkEventEntry[]) => LinkEventRecord[]
  /** The host closed the session without an exit event: status `closed` unless already terminal. */
  endSession: (sessionId: string, reason: 'closed', at?: number) => void
  /** Forgets every record and session (and the persisted copy); `seq` keeps counting up. */
  clear: () => void
  /**
   * Records what a Link session controller reports (see {@link LinkSessionReport}): parses each
   * script callback into a typed event, records each occurrence once though the script reports
   * it twice, and starts and ends sessions. `createPinwheelLink` calls it; pass your own
   * `window.Pinwheel` callbacks through it to record a session you drive yourself.
   */
  ingest: (report: LinkSessionReport) => void
}

/** A zustand vanilla store of Link events; read it with `getState()`/`subscribe()` or `useStore`. */
export type LinkEventStore = StoreApi<LinkEventState>
