/**
 * The script callbacks that twin an `onEvent` event, by the event's name: the script reports each
 * of these occurrences both ways, in either order. @internal
 */
export const twinnedCallbacks = {
  onLogin: 'login',
  onSuccess: 'success',
  onError: 'error',
  onExit: 'exit',
} as const

/** The `onEvent` names that have a twin callback. @internal */
export const twinnedEventNames: ReadonlySet<string> = /* @__PURE__ */ new Set(
  Object.values(twinnedCallbacks),
)
