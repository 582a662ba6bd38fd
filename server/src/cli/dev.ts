import path from 'node:path'
import { loadConfig, PROJECT_ROOT } from '../config.ts'
import { startServer } from '../server.ts'

/** `npm run dev`: the API on PORT (8080) and Vite's dev server (5173) with the API behind its proxy. */
const config = loadConfig()
const api = await startServer(config)
console.log(`API at ${api.url}`)
const { createServer } = await import('vite')
process.env.DIMING_API_URL = api.url
const vite = await createServer({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts') })
await vite.listen()
vite.printUrls()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    Promise.all([vite.close(), api.close()]).then(() => process.exit(0), () => process.exit(1))
  })
}
