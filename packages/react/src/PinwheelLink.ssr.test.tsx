// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import {
  PinwheelLink,
  PinwheelModal,
  PinwheelProvider,
  selectFunnel,
  usePinwheelEvents,
  usePinwheelLink,
} from './index'

function Status() {
  const { status, ready } = usePinwheelLink({ getLinkToken: async () => 'pw_sandbox_token_ssr' })
  const funnel = usePinwheelEvents(selectFunnel)
  const events = usePinwheelEvents()
  return <output>{`${status}/${ready}/${events.length}/${funnel.all.counts.opened}`}</output>
}

describe('server rendering', () => {
  it('imports the package and renders PinwheelLink to a string with no window', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
    const html = renderToString(
      <PinwheelProvider options={{ useDarkMode: true }}>
        <PinwheelLink linkToken="pw_sandbox_token_ssr">Connect payroll</PinwheelLink>
        <Status />
      </PinwheelProvider>,
    )
    expect(html).toMatch(
      /<button type="button" disabled="" aria-busy="true"[^>]*>Connect payroll<\/button>/,
    )
    expect(html).toContain('<output>idle/false/0/0</output>')
  })

  it('renders a PinwheelModal to nothing, and a render-prop trigger as given', () => {
    const html = renderToString(
      <>
        <PinwheelModal open linkToken="pw_sandbox_token_ssr" />
        <PinwheelLink linkToken="pw_sandbox_token_ssr">
          {({ triggerProps, status }) => <a {...triggerProps}>{status}</a>}
        </PinwheelLink>
      </>,
    )
    expect(html).toMatch(/^<a [^>]*aria-busy="true"[^>]*>idle<\/a>$/)
  })
})
