import { describe, expect, it } from 'vitest'
import type { LinkSessionReport } from '../session/LinkSessionReport'
import { createLinkEventStore } from './createLinkEventStore'

const usedToken = {
  type: 'invalidLinkToken',
  code: 'usedLinkToken',
  message: 'This link token was already used',
  pendingRetry: false,
}

const event = (sessionId: string, name: string, payload: unknown): LinkSessionReport => ({
  type: 'callback',
  sessionId,
  callback: 'onEvent',
  args: [name, payload],
})

describe('LinkEventState.ingest', () => {
  it('records a twin once though the host ended the session between the two reports', () => {
    const store = createLinkEventStore()
    const { ingest } = store.getState()
    ingest({ type: 'start', sessionId: 's1', accountId: null, claims: null })
    ingest(event('s1', 'error', usedToken))
    ingest({ type: 'end', sessionId: 's1' })
    ingest({ type: 'callback', sessionId: 's1', callback: 'onError', args: [usedToken] })
    ingest(event('s1', 'exit', usedToken))
    ingest({ type: 'callback', sessionId: 's1', callback: 'onExit', args: [usedToken] })
    expect(store.getState().events.map((record) => record.name)).toEqual(['error', 'exit'])
    // The late exit still tells how the session ended.
    expect(store.getState().sessions.s1).toMatchObject({ status: 'errored', eventCount: 2 })
  })

  it('decides the mode from the start report: accountId, account_id claim, preselection, or events', () => {
    const store = createLinkEventStore()
    const { ingest } = store.getState()
    ingest({ type: 'start', sessionId: 'given', accountId: 'acct-1', claims: null })
    ingest({ type: 'start', sessionId: 'claim', accountId: null, claims: { account_id: 'acct-2' } })
    ingest({ type: 'start', sessionId: 'preset', accountId: null, claims: { employer_id: 'e-1' } })
    ingest({ type: 'start', sessionId: 'open', accountId: null, claims: { org_name: 'Acme' } })
    const { sessions } = store.getState()
    expect(sessions.given).toMatchObject({ mode: 'on_demand_update', accountId: 'acct-1' })
    expect(sessions.claim).toMatchObject({ mode: 'on_demand_update', accountId: 'acct-2' })
    expect(sessions.preset).toMatchObject({ mode: 'connect', modeSource: 'given' })
    expect(sessions.open).toMatchObject({ mode: 'connect', modeSource: 'default' })
  })

  it('keeps what it cannot type, and what a throwing callback said', () => {
    const store = createLinkEventStore()
    const { ingest } = store.getState()
    ingest(event('s1', 'bill_switch_begin', { bill: 'rent' }))
    ingest({
      type: 'callback_threw',
      sessionId: 's1',
      callback: 'onSuccess',
      error: new Error('boom'),
    })
    expect(store.getState().events.map((record) => record.payload)).toEqual([
      expect.objectContaining({ rawName: 'bill_switch_begin', rawPayload: { bill: 'rent' } }),
      expect.objectContaining({
        rawName: 'linkwheel.callback_error',
        rawPayload: { callback: 'onSuccess', message: 'boom' },
      }),
    ])
  })
})
