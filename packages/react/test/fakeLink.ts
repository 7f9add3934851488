import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { type FakePinwheel, installFakePinwheel } from '../src/testing'

let counter = 0
/** A fresh token per call: the controller refuses a token this page already used. */
export const nextToken = (): string => {
  counter += 1
  return `pw_sandbox_token_${counter}`
}

/**
 * Installs a fake Link script before each test; after it, unmounts everything (so controllers are
 * destroyed), then uninstalls the fake. Read `fake.current` inside tests.
 */
export function setupFakePinwheel(): { current: FakePinwheel } {
  const ref = {} as { current: FakePinwheel }
  beforeEach(() => {
    ref.current = installFakePinwheel()
  })
  afterEach(() => {
    cleanup()
    ref.current.uninstall()
  })
  return ref
}
