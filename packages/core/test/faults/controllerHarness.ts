import { afterEach, beforeEach, vi } from 'vitest'
import type { PinwheelLinkController } from '../../src/session/PinwheelLinkController'
import type { PinwheelLinkOptions } from '../../src/session/PinwheelLinkOptions'
import { resetPageState } from '../../src/session/pageState'
import { createLinkEventStore } from '../../src/store/createLinkEventStore'
import type { LinkEventStore } from '../../src/store/types'
import {
  type FakePinwheel,
  installFakePinwheel,
  makeLinkToken,
  uninstallFakePinwheel,
} from '../../src/test-utils/fakePinwheel'
import { watchUncaught } from './watchUncaught'

type CreatePinwheelLink = typeof import('../../src/session/createPinwheelLink').createPinwheelLink

/**
 * What the fault tests share, fresh for each test (read through these live bindings): the
 * controller module (imported anew, so the loader's memo is empty), the event store and the fake
 * script. Set them with {@link setStore}, {@link setFake} and {@link reloadController}.
 */
export let createPinwheelLink: CreatePinwheelLink
export let store: LinkEventStore
export let fake: FakePinwheel

const controllers: PinwheelLinkController[] = []
let guard: ReturnType<typeof watchUncaught>

/** Makes `next` the store the next controllers record into (and tests read). */
export function setStore(next: LinkEventStore): LinkEventStore {
  store = next
  return next
}

/** Makes `next` the fake script the tests drive. */
export function setFake(next: FakePinwheel): FakePinwheel {
  fake = next
  return next
}

/** Imports the controller module anew (as after a page reload). */
export async function reloadController(): Promise<void> {
  ;({ createPinwheelLink } = await import('../../src/session/createPinwheelLink'))
}

/** Closes `controller` after the test (with every other kept one). */
export function keep(controller: PinwheelLinkController): PinwheelLinkController {
  controllers.push(controller)
  return controller
}

/** A controller with a fresh token and the current store, closed after the test. */
export function link(options: PinwheelLinkOptions = {}): PinwheelLinkController {
  return keep(createPinwheelLink({ linkToken: makeLinkToken(), store, ...options }))
}

/** The names of the events the store holds for `sessionId`, in order. */
export const names = (sessionId: string): string[] =>
  store
    .getState()
    .events.filter((e) => e.sessionId === sessionId)
    .map((e) => e.name)

/** Lets pending timers and promise callbacks run. */
export const tick = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Before each test: a fresh controller module, page state and store, the fake script installed
 * (or none, with `fakeScript: false`), and a watch for uncaught errors. After it: every kept
 * controller closed, no uncaught error, no fake and no script tag left.
 */
export function setUpControllerHarness({ fakeScript = true } = {}): void {
  beforeEach(async () => {
    vi.resetModules()
    await reloadController()
    resetPageState()
    if (fakeScript) setFake(installFakePinwheel())
    else uninstallFakePinwheel()
    setStore(createLinkEventStore())
    guard = watchUncaught()
  })

  afterEach(async () => {
    for (const controller of controllers.splice(0)) void controller.close()
    await guard.expectNone()
    uninstallFakePinwheel()
    for (const script of Array.from(document.querySelectorAll('script'))) script.remove()
  })
}
