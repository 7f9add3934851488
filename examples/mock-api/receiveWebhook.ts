import { isWebhookSignatureError, verifyWebhookSignature } from '@linkwheel/mock-api'

export async function receiveWebhook(request: Request, secret: string): Promise<Response> {
  const rawBody = await request.text() // verify the exact bytes, before any JSON.parse
  try {
    verifyWebhookSignature(rawBody, request.headers, secret, { toleranceSeconds: 300 })
  } catch (error) {
    if (isWebhookSignatureError(error)) return new Response(error.code, { status: 400 })
    throw error
  }
  const { event, event_id } = JSON.parse(rawBody) // dedupe on event_id: delivery is at-least-once
  return Response.json({ received: event, event_id })
}
