import { connect } from 'node:net'

/**
 * Opens a TCP connection to 127.0.0.1:`port`, writes `head` (request line and headers) and only
 * `bodyStart` of the body its headers announce, and resolves with the status line of the answer
 * that came back without the rest of the body being sent.
 */
export function answerBeforeBody(port: number, head: string, bodyStart: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`${head}\r\n\r\n${bodyStart}`)
    })
    let received = ''
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no answer before the body was sent; got ${JSON.stringify(received)}`))
    }, 10_000)
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1')
      const line = received.split('\r\n')[0]
      if (received.includes('\r\n')) {
        clearTimeout(timer)
        socket.destroy()
        resolve(line ?? '')
      }
    })
    socket.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}
