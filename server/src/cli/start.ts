import { ensureClientBuilt } from './ensure-client-built.ts'
import { loadConfig } from '../config.ts'
import { startServer } from '../server.ts'

/** `npm start`: build the client when needed, then serve API + client on PORT (default 8080). */
async function main(): Promise<void> {
  const config = loadConfig()
  await ensureClientBuilt(console.log)
  const running = await startServer(config)
  console.log(`Diming is running at ${running.url}`)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log(`${signal}: finishing in-flight requests…`)
      running.close().then(() => process.exit(0), () => process.exit(1))
    })
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
