import { afterEach, beforeEach, vi } from 'vitest'
import type { PinwheelLinkController } from '../session/PinwheelLinkController'
import type { PinwheelLinkOptions } from '../session/PinwheelLinkOptions'
import { resetPageState } from '../session/pageState'
import {
  type FakePinwheel,
  installFakePinwheel,
  makeLinkToken,
  uninstallFakePinwheel,
} from './fakePinwheel'
import { fakeRecorder } from './fakeRecorder'

type CreatePinwheelLink = typeof import('../session/createPinwheelLink').createPinwheelLink

/**
 * What the controller's session tests share, fresh for each test (read through these live
 * bindings): the controller module (imported anew, so the loader's memo is empty), a recorder
 * standing in for the store, and the fake script (replace it with {@link setFake}).
 */
export let createPinwheelLink: CreatePinwheelLink
export let store: ReturnType<typeof fakeRecorder>
export let fake: FakePinwheel

const controllers: PinwheelLinkController[] = []

/** Makes `next` the fake script the tests drive. */
export function setFake(next: FakePinwheel): FakePinwheel {
  fake = next
  return next
}

/** Closes `controller` after the test (with every other kept one). */
export function keep(controller: PinwheelLinkController): PinwheelLinkController {
  controllers.push(controller)
  return controller
}

/** A controller with a fresh token and the recorder, closed after the test. */
export function link(options: PinwheelLinkOptions = {}): PinwheelLinkController {
  return keep(createPinwheelLink({ linkToken: makeLinkToken(), store, ...options }))
}

/** Lets pending promise callbacks run (token, script, Pinwheel.open). */
export const settle = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Before each test: a fresh controller module (a load left hanging by one test must not reach
 * the next), page state, recorder and fake script. After it: every controller made by
 * {@link link} or passed to {@link keep} closed, no fake, no script tag, real timers.
 */
export function setUpSessionHarness(): void {
  beforeEach(async () => {
    vi.resetModules()
    ;({ createPinwheelLink } = await import('../session/createPinwheelLink'))
    resetPageState()
    store = fakeRecorder()
    setFake(installFakePinwheel())
  })

  afterEach(async () => {
    for (const controller of controllers.splice(0)) await controller.close()
    uninstallFakePinwheel()
    for (const script of Array.from(document.querySelectorAll('script'))) script.remove()
    vi.useRealTimers()
  })
}
