/**
 * Measures the playground server while eight clients each push a 50 MB unsigned webhook (the
 * attack of issue 14): prints the answers, the time, and the RSS before, at peak and after.
 * Run in `apps/playground`: `node --expose-gc --conditions=source --import tsx test/measureWebhookFlood.ts`
 */
import { connect } from 'node:net'
import { startTestServer } from './startTestServer'

const t = await startTestServer()
const rss = () => Math.round(process.memoryUsage().rss / 1e6)
global.gc?.()
const before = rss()
let peak = before
const timer = setInterval(() => {
  peak = Math.max(peak, rss())
}, 20)
const chunk = Buffer.alloc(1024 * 1024, 0x20)
const started = Date.now()
const results = await Promise.all(
  Array.from(
    { length: 8 },
    () =>
      new Promise<string>((resolve) => {
        const socket = connect(t.port, '127.0.0.1', async () => {
          socket.write(
            `POST /api/webhooks HTTP/1.1\r\nHost: 127.0.0.1:${t.port}\r\nContent-Type: application/json\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n`,
          )
          for (let i = 0; i < 50 && !socket.destroyed; i++) {
            if (!socket.write(chunk))
              await new Promise((r) => socket.once('drain', r).once('close', r))
          }
        })
        let answer = ''
        socket.on('data', (d) => {
          answer += d.toString('latin1')
        })
        socket.on('error', () => {})
        socket.on('close', () => resolve(answer.split('\r\n')[0] ?? '(none)'))
      }),
  ),
)
clearInterval(timer)
global.gc?.()
console.log({
  answers: [...new Set(results)],
  ms: Date.now() - started,
  rssBeforeMB: before,
  rssPeakMB: peak,
  rssAfterMB: rss(),
})
await t.close()
process.exit(0)
