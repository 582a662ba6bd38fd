import type { Logger } from 'pino'
import type { Db } from '../db/db.ts'
import type { AppConfig } from '../config.ts'

/** What routes get from the composition root (`createApp`). */
export interface AppDeps {
  db: Db
  config: AppConfig
  logger: Logger
}
