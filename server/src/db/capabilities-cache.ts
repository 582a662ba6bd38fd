import type { Db } from './db.ts'
import { detectCapabilities, type Capabilities } from './capabilities.ts'

const cache = new WeakMap<Db, Promise<Capabilities>>()

/** Capabilities of `db`, probed on first use and then remembered (once per engine instance). */
export function getCapabilities(db: Db): Promise<Capabilities> {
  let found = cache.get(db)
  if (!found) {
    found = detectCapabilities(db)
    cache.set(db, found)
  }
  return found
}
