import OfficialPinwheelModal from '@pinwheel/react-modal'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { type ComponentType, StrictMode, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { nextToken, setupFakePinwheel } from '../test/fakeLink'
import { PinwheelModal } from './PinwheelModal'

const fake = setupFakePinwheel()

interface ModalProps {
  open?: boolean
  linkToken: string
  onSuccess?: (result: { job: string }) => void
  onExit?: () => void
}

/** An app written for @pinwheel/react-modal: only the component it is given changes. */
function App({ Modal, token }: { Modal: ComponentType<ModalProps>; token: string }) {
  const [open, setOpen] = useState(false)
  const [log, setLog] = useState<string[]>([])
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Connect payroll
      </button>
      <Modal
        open={open}
        linkToken={token}
        onSuccess={(result) => setLog((entries) => [...entries, `success:${result.job}`])}
        onExit={() => {
          setOpen(false)
          setLog((entries) => [...entries, 'exit'])
        }}
      />
      <output aria-label="log">{log.join(',')}</output>
    </>
  )
}

describe.each([
  ['@pinwheel/react-modal', OfficialPinwheelModal as unknown as ComponentType<ModalProps>],
  ['@linkwheel/react PinwheelModal', PinwheelModal as ComponentType<ModalProps>],
])('the same app with %s', (_name, Modal) => {
  it('opens Link when open becomes true, passes the callbacks, and lets onExit close it', async () => {
    const user = userEvent.setup()
    const token = nextToken()
    render(<App Modal={Modal} token={token} />)
    await waitFor(() => expect(fake.current.scriptTags.length).toBeGreaterThan(0))
    await user.click(screen.getByRole('button', { name: 'Connect payroll' }))
    await waitFor(() => expect(fake.current.isOpen).toBe(true))
    expect(fake.current.openCalls).toHaveLength(1)
    expect(fake.current.openCalls[0]?.linkToken).toBe(token)
    act(() => {
      fake.current.succeed({ job: 'direct_deposit_switch' })
      fake.current.exit()
    })
    expect(screen.getByLabelText('log')).toHaveTextContent('success:direct_deposit_switch,exit')
    expect(fake.current.isOpen).toBe(false)
  })
})

/** Shows Link from state, with a toggle. */
function ToggleApp({ token }: { token: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen((value) => !value)}>
        Toggle
      </button>
      <PinwheelModal open={open} linkToken={token} onExit={() => setOpen(false)} />
    </>
  )
}

async function openedLink(count = 1) {
  await waitFor(() => expect(fake.current.openCalls).toHaveLength(count))
  await waitFor(() => expect(fake.current.isOpen).toBe(true))
}

describe('PinwheelModal', () => {
  it('closes Link when open becomes false', async () => {
    const token = nextToken()
    const user = userEvent.setup()
    render(<ToggleApp token={token} />)
    expect(screen.getAllByRole('button')).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Toggle' }))
    await openedLink()
    await user.click(screen.getByRole('button', { name: 'Toggle' }))
    await waitFor(() => expect(fake.current.isOpen).toBe(false))
    expect(fake.current.closeCount).toBe(1)
  })

  it('opens Link when open is true on mount, once under StrictMode', async () => {
    render(
      <StrictMode>
        <PinwheelModal open linkToken={nextToken()} />
      </StrictMode>,
    )
    await openedLink()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(fake.current.openCalls).toHaveLength(1)
  })
})
