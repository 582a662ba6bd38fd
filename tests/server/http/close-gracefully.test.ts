import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { closeGracefully } from '../../../server/src/http/close-gracefully.ts'

/** A server whose handler answers after `delayMs`; `received` resolves when a request has arrived. */
async function slowServer(delayMs: number): Promise<http.Server & { received: Promise<void> }> {
  let arrived: () => void = () => undefined
  const received = new Promise<void>((r) => (arrived = r))
  const server = http.createServer((_req, res) => {
    arrived()
    setTimeout(() => res.end('done'), delayMs)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return Object.assign(server, { received })
}

function get(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', path: '/' }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve(body))
    }).on('error', reject)
  })
}

describe('closeGracefully', () => {
  it('lets an in-flight request finish before the server closes', async () => {
    const server = await slowServer(300)
    const { port } = server.address() as AddressInfo
    const inFlight = get(port)
    await server.received
    const closed = closeGracefully(server, 5_000)
    expect(await inFlight).toBe('done')
    await closed
    expect(server.listening).toBe(false)
  })

  it('refuses new connections once closing', async () => {
    const server = await slowServer(200)
    const { port } = server.address() as AddressInfo
    const inFlight = get(port)
    await server.received
    const closed = closeGracefully(server, 5_000)
    await expect(get(port)).rejects.toThrow()
    await inFlight
    await closed
  })

  it('force-closes requests still open after the timeout', async () => {
    const server = await slowServer(60_000)
    const { port } = server.address() as AddressInfo
    const inFlight = get(port).catch((e: Error) => `error: ${e.message}`)
    await server.received
    await closeGracefully(server, 100)
    expect(await inFlight).toMatch(/^error/)
  })
})
