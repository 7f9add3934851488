// @vitest-environment node
import { signWebhook } from '@linkwheel/mock-api'
import { describe, expect, it } from 'vitest'
import { receiveWebhook } from './receiveWebhook'

const secret = 'pw_sandbox_demo_secret'
const body = JSON.stringify({ event: 'account.added', event_id: 'evt_1', payload: {} })

describe('the webhook example of the mock-api README', () => {
  it('accepts a delivery signed with the secret', async () => {
    const request = new Request('http://app/webhooks', {
      method: 'POST',
      body,
      headers: signWebhook(body, secret),
    })
    const response = await receiveWebhook(request, secret)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ received: 'account.added', event_id: 'evt_1' })
  })

  it('answers 400 with the code for a body altered after signing', async () => {
    const request = new Request('http://app/webhooks', {
      method: 'POST',
      body: body.replace('evt_1', 'evt_2'),
      headers: signWebhook(body, secret),
    })
    const response = await receiveWebhook(request, secret)
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/signature/i)
  })
})
