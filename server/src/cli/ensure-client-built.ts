import { statSync, readdirSync, existsSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from '../config.ts'

function newestMtime(target: string): number {
  const st = statSync(target)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = st.mtimeMs
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)))
  return newest
}

/** Whether dist/client is missing or older than any client source. */
export function isClientStale(root = PROJECT_ROOT): boolean {
  const index = path.join(root, 'dist/client/index.html')
  if (!existsSync(index)) return true
  const built = statSync(index).mtimeMs
  const sources = [path.join(root, 'client'), path.join(root, 'vite.config.ts'), path.join(root, 'package.json')]
  return sources.some((s) => existsSync(s) && newestMtime(s) > built)
}

/** Builds the client with Vite when it is missing or stale. */
export async function ensureClientBuilt(log: (m: string) => void = () => undefined, root = PROJECT_ROOT): Promise<void> {
  if (!isClientStale(root)) return
  log('client: building with Vite…')
  const started = Date.now()
  const { build } = await import('vite')
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' })
  log(`client: built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
