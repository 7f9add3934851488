import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { PinwheelLink } from './PinwheelLink'

const scriptUrl = 'https://cdn.example/pinwheel-preload-test.js'

afterEach(() => {
  cleanup()
  document.querySelector(`script[src="${scriptUrl}"]`)?.remove()
})

let tagDuringRender: boolean | null = null
/** Renders after the Link in the same render pass, before any effect has run. */
function Probe() {
  tagDuringRender = document.querySelector(`script[src="${scriptUrl}"]`) !== null
  return null
}

describe('usePinwheelLink', () => {
  it('asks for the Link script during its first render, before the commit', () => {
    render(
      <>
        <PinwheelLink linkToken="pw_sandbox_token_preload" scriptUrl={scriptUrl} timeoutMs={50}>
          Connect payroll
        </PinwheelLink>
        <Probe />
      </>,
    )
    expect(tagDuringRender).toBe(true)
    expect(document.querySelectorAll(`script[src="${scriptUrl}"]`)).toHaveLength(1)
  })
})
