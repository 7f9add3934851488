import type { StoreApi } from 'zustand/vanilla'
import type {
  InputAllocationPayload,
  OrString,
  PinwheelError,
  PinwheelEvent,
  ScreenName,
} from '../events/PinwheelEventPayloads'

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
 * Where `mode` came from: `given` by `startSession` (an `accountId`, or the token's claims),
 * `events` (decided by a selection or by the first `login`), or `default` (`connect` assumed;
 * nothing has decided it yet).
 */
export type LinkSessionModeSource = 'given' | 'events' | 'default'

/**
 * The life of a session, the one status vocabulary of the store: `opening` (started, modal not
 * shown yet), `open` (the `open` event came), then one terminal status:
 * - `succeeded`: the session did what its token asked (see {@link LinkSessionSummary.succeededAt});
 * - `errored`: Link ended the flow with an error (the exit carried an error the user did not
 *   choose to leave after);
 * - `exited`: the user left; {@link LinkSessionSummary.exitError} tells whether an error was
 *   showing (e.g. a mistyped password, then the user left: `exited`, not `errored`);
 * - `closed`: the host closed it, or the page unloaded, without an exit event.
 */
export type LinkSessionStatus = 'opening' | 'open' | 'succeeded' | 'exited' | 'errored' | 'closed'

/** An employer or platform the user picked. */
export interface LinkSelection {
  /** Pinwheel's id of it. */
  id: string
  /** Its display name (`''` when only the id was reported). */
  name: string
}

/** A job that completed in a session (a `success` event), the first time it did. */
export interface LinkJobSuccess {
  /** The job, e.g. `direct_deposit_switch`, `card_switch`, or `login` for read-only jobs. */
  job: string
  /** When its `success` came. */
  at: number
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
  /** The jobs the Link token asked for (its `required_jobs` / `features` claim), or `[]` if unknown. */
  jobs: string[]
  /**
   * Whether the session must complete a switch (`direct_deposit_switch` or `card_switch`): the
   * token asks for one, or the user reached a switch step (allocation screens, `input_allocation`,
   * `card_switch_begin`, a direct deposit form).
   */
  switchJob: boolean
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
  jobsSucceeded: LinkJobSuccess[]
  /**
   * When the session did what it was for: its switch job succeeded when it has one
   * ({@link LinkSessionSummary.switchJob}), else its first `success`; `null` until then. A
   * read-only job succeeding at login does not make a switch session succeed.
   */
  succeededAt: number | null
  /** Errors shown, in order; an exit error already reported by an `error` event is not repeated. */
  errors: PinwheelError[]
  /** The error the `exit` event carried (Link's last error), or `null`. */
  exitError: PinwheelError | null
  /** The last screen shown (`screen_transition`), or `null`. */
  lastScreen: OrString<ScreenName> | null
  /**
   * The last screen shown other than `EXIT_CONFIRMATION`: where the user was when they chose to
   * leave (the drop-off screen).
   */
  lastTaskScreen: OrString<ScreenName> | null
  /** When the first `login_attempt` came, or `null`. */
  loginAttemptAt: number | null
  /** When `login` came, or `null`. */
  loggedInAt: number | null
  /** How many events this session recorded (including those since dropped from the buffer). */
  eventCount: number
}

/** Input of {@link LinkEventState.startSession}. */
export interface StartLinkSessionInput {
  /** The session id; the session controller uses a uuid per open. */
  sessionId: string
  /**
   * The Link token the session opens with. Only its readable JWT claims are read, to learn the
   * jobs (`required_jobs` / `features`) and the mode (`account_id`: On Demand Update;
   * `employer_id` / `platform_id`: a connect that skips the search); the token itself is never
   * kept, so it is never persisted either.
   */
  linkToken?: string | undefined
  /** The payroll account being updated (an On Demand Update), when known. */
  accountId?: string | undefined
  /**
   * Omit it to let the token and the events decide: `on_demand_update` when `login` arrives with
   * no employer or platform selection before it, otherwise `connect`.
   */
  mode?: LinkSessionMode | undefined
  /** When the session started. @default the store's `now()` */
  at?: number | undefined
}

/** The state of a {@link LinkEventStore}: data and actions (zustand style). */
export interface LinkEventState {
  /** The most recent records, oldest first, at most `maxEvents` of them. */
  events: LinkEventRecord[]
  /** How many records were dropped from the front of {@link LinkEventState.events}. */
  dropped: number
  /** Session summaries by session id (at most `maxSessions`; any id, `__proto__` included). */
  sessions: Record<string, LinkSessionSummary>
  /** Session ids in the order they started. */
  sessionIds: string[]
  /** How many session summaries were dropped to stay within `maxSessions`. */
  droppedSessions: number
  /** The `seq` of the last record (0 before any). */
  lastSeq: number
  /**
   * Starts a session (status `opening`); on a known id it only fills in what it was not told.
   * @throws LinkwheelError `invalid_session_id` when `sessionId` is not a non-empty string.
   */
  startSession: (input: StartLinkSessionInput) => void
  /**
   * Records what the script's `onEvent(name, payload)` delivered: parses it with
   * `parsePinwheelEvent` (an `unknown` event when it cannot be typed, never dropped), appends the
   * record and updates the session's summary (creating it if the session is unknown).
   * @throws LinkwheelError `invalid_session_id` when `sessionId` is not a non-empty string.
   */
  record: (sessionId: string, name: string, payload: unknown, at?: number) => LinkEventRecord
  /**
   * The host closed the session without an exit event (`close()`, unmount, a new token): status
   * `succeeded` if it already did what it was for, else `closed`. A finished session is left as is.
   */
  endSession: (sessionId: string, reason: 'closed', at?: number) => void
  /** Forgets every record and session (and the persisted copy); `seq` keeps counting up. */
  clear: () => void
}

/** A zustand vanilla store of Link events; read it with `getState()`/`subscribe()` or `useStore`. */
export type LinkEventStore = StoreApi<LinkEventState>

/**
 * What `persistLinkEvents()` (from `@linkwheel/core/persist`) returns, for
 * `createLinkEventStore({ persist })`: it restores the store from storage and keeps the copy up to
 * date. Treat it as opaque.
 */
export type LinkEventPersistence = (
  store: LinkEventStore,
  limits: { maxEvents: number; now: () => number },
) => void
