#!/usr/bin/env node
import { startMockPinwheelApi } from './startMockPinwheelApi.js'

const { url, api, close } = await startMockPinwheelApi({
  port: Number(process.env.PORT) || 4010,
  host: process.env.HOST ?? '127.0.0.1',
})
const secretSource = process.env.PINWHEEL_API_SECRET ? 'PINWHEEL_API_SECRET' : 'the sandbox default'
console.log(`Mock Pinwheel API listening on ${url}`)
console.log(
  `  REST API:       ${url}/v1  (x-api-secret from ${secretSource}${secretSource === 'the sandbox default' ? `: ${api.apiSecret}` : ''})`,
)
console.log(`  Link script:    ${url}/link/pinwheel.js`)

const stop = () => {
  void close().finally(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
