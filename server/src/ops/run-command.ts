import { spawn } from 'node:child_process'

/** A command-line tool that failed: its name, exit code and what it wrote to stderr. */
export class CommandFailed extends Error {
  constructor(readonly command: string, readonly exitCode: number | null, readonly stderr: string) {
    super(`${command} failed (exit ${exitCode}): ${stderr.trim().split('\n').slice(-5).join(' | ') || 'no message'}`)
  }
}

/**
 * Runs a program without a shell (arguments are never interpreted) and resolves with its output.
 * @throws CommandFailed on a non-zero exit; an Error naming the Debian package when the program is missing.
 * @example await runCommand('pg_dump', ['--version']) // = { stdout: 'pg_dump (PostgreSQL) 15.…\n', stderr: '' }
 */
export function runCommand(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    child.on('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'ENOENT'
        ? new Error(`${command} is not installed: install the PostgreSQL 15 client tools (Debian: apt-get install postgresql-client-15).`)
        : err)
    })
    child.on('close', (code) => (code === 0 ? resolve({ stdout, stderr }) : reject(new CommandFailed(command, code, stderr))))
  })
}
