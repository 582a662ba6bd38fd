import type { Server } from 'node:http'

/**
 * Stops accepting connections, lets in-flight requests finish, and force-closes what is still open
 * after `timeoutMs`.
 * @example await closeGracefully(server, 10_000)
 */
export async function closeGracefully(server: Server, timeoutMs = 10_000): Promise<void> {
  const timer = setTimeout(() => server.closeAllConnections(), timeoutMs)
  await new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeIdleConnections()
  })
  clearTimeout(timer)
}
