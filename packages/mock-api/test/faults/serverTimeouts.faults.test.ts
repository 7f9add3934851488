import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningMockPinwheelApi, startMockPinwheelApi } from '../../src/index.js'

/** Idle and slow sockets against a real server with short timeouts. */

let server: RunningMockPinwheelApi
let port = 0

beforeAll(async () => {
  server = await startMockPinwheelApi({
    port: 0,
    timeouts: {
      headersTimeoutMs: 400,
      requestTimeoutMs: 800,
      keepAliveTimeoutMs: 200,
      idleTimeoutMs: 400,
    },
  })
  port = Number(new URL(server.url).port)
})

afterAll(async () => {
  await server?.close()
})

/** Opens a socket and resolves with how long the server took to close it (or rejects after 5 s). */
function closedAfter(drive: (socket: Socket) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const socket = connect(port, '127.0.0.1', () => drive(socket))
    const giveUp = setTimeout(() => {
      socket.destroy()
      reject(new Error('the server kept the socket open for 5 s'))
    }, 5_000)
    socket.on('data', () => undefined)
    socket.on('error', () => undefined)
    socket.on('close', () => {
      clearTimeout(giveUp)
      resolve(Date.now() - started)
    })
  })
}

describe('server timeouts', () => {
  it('closes a socket that connects and sends nothing', async () => {
    expect(await closedAfter(() => undefined)).toBeLessThan(3_000)
  })

  it('closes a socket that sends its headers a byte at a time (slowloris)', async () => {
    let timer: ReturnType<typeof setInterval> | undefined
    const took = await closedAfter((socket) => {
      socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n')
      timer = setInterval(() => socket.writable && socket.write('X'), 100)
    })
    clearInterval(timer)
    expect(took).toBeLessThan(3_000)
  })

  it('closes a kept-alive socket with no further request', async () => {
    const took = await closedAfter((socket) =>
      socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n'),
    )
    expect(took).toBeLessThan(3_000)
  })

  it('still answers ordinary requests', async () => {
    const res = await fetch(`${server.url}/`)
    expect(res.status).toBe(200)
  })
})
