import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { PROJECT_ROOT } from '../../server/src/config.ts'

export interface ServerProcess {
  readonly child: ChildProcess
  /** Everything the server printed so far (stdout and stderr). */
  output(): string
  /** Resolves with the first match of `pattern` in the output (waiting for it), rejects if the server exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>
  /** Sends `signal` and resolves when the process has exited. */
  stop(signal: NodeJS.Signals): Promise<void>
}

/** A TCP port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

/**
 * Starts the real server (tests/helpers/serve.ts → startServer) in a child process with extra environment.
 * @example const s = spawnServer({ PORT: '4100', DIMING_DATA_DIR: dir }); await s.waitFor(/listening at (\S+)/)
 */
export function spawnServer(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'tests/helpers/serve.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const listeners = new Set<() => void>()
  const onData = (d: Buffer) => {
    out += d.toString()
    for (const l of listeners) l()
  }
  child.stdout!.on('data', onData)
  child.stderr!.on('data', onData)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    child,
    output: () => out,
    waitFor(pattern, timeoutMs = 900_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const m = out.match(pattern)
          if (m) {
            done()
            resolve(m)
          }
        }
        const timer = setTimeout(() => {
          done()
          reject(new Error(`No ${pattern} from the server within ${timeoutMs} ms. Output:\n${out.slice(-2000)}`))
        }, timeoutMs)
        const onExit = () => {
          done()
          reject(new Error(`The server exited before printing ${pattern}. Output:\n${out.slice(-2000)}`))
        }
        const done = () => {
          clearTimeout(timer)
          listeners.delete(check)
          child.off('exit', onExit)
        }
        listeners.add(check)
        child.once('exit', onExit)
        check()
        if (listeners.has(check) && (child.exitCode !== null || child.signalCode !== null)) onExit()
      })
    },
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      await exited
    },
  }
}
