/**
 * Child-process entry for tests that kill the server: the same `startServer` as `npm start`
 * (open, migrate, seed, listen) without the client build, logging every step to stdout.
 * Run as `node --import tsx tests/helpers/serve.ts` so that the pid is the server itself.
 */
import { loadConfig } from '../../server/src/config.ts'
import { startServer } from '../../server/src/server.ts'

const running = await startServer(loadConfig(), (m) => console.log(m))
console.log(`listening at ${running.url}`)
