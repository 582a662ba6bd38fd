import { spawn } from 'node:child_process'
import path from 'node:path'
import { PROJECT_ROOT } from '../../server/src/config.ts'

export const TSX = path.join(PROJECT_ROOT, 'node_modules/.bin/tsx')

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs one of our CLIs (`server/src/cli/<name>.ts`) as `npm run <name>` would, with extra environment.
 * @example await runCli('backup', ['--out', '/tmp/x.dump'], { DATABASE_URL: url }) // = { code: 0, stdout: 'backup written: …', stderr: '' }
 */
export function runCli(name: string, args: string[], env: Record<string, string | undefined>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(PROJECT_ROOT, 'server/src/cli', `${name}.ts`), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}
