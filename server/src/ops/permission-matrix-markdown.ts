import { hasPermission, PERMISSIONS, ROLES, type Access, type Permission } from '../auth/permissions.ts'
import type { RouteDef } from '../http/route.ts'

export const MATRIX_START = '<!-- permission-matrix:start (generated from server/src/auth/permissions.ts; do not edit by hand) -->'
export const MATRIX_END = '<!-- permission-matrix:end -->'

function whoMay(access: Access): string {
  if (access === 'public') return 'everyone, anonymous included'
  if (access === 'authenticated') return 'any logged-in user'
  return ROLES.filter((r) => hasPermission([r], access)).join(', ')
}

/**
 * Renders the permission matrix as Markdown: permissions × roles, then every route with the access
 * it requires, both read from the code so that docs/security.md cannot drift from it.
 * @example permissionMatrixMarkdown(allRoutes(loadConfig())).startsWith(MATRIX_START) // = true
 */
export function permissionMatrixMarkdown(routes: readonly Pick<RouteDef, 'method' | 'path' | 'access'>[]): string {
  const permissions = Object.keys(PERMISSIONS) as Permission[]
  const lines: string[] = [MATRIX_START, '', `| permission | ${ROLES.join(' | ')} | routes |`, `|---|${ROLES.map(() => ':-:').join('|')}|--:|`]
  for (const p of permissions) {
    const cells = ROLES.map((r) => (hasPermission([r], p) ? '✓' : ''))
    lines.push(`| \`${p}\` | ${cells.join(' | ')} | ${routes.filter((r) => r.access === p).length} |`)
  }
  lines.push('', '| method | path | access | who may call it |', '|---|---|---|---|')
  for (const r of routes) {
    lines.push(`| ${r.method.toUpperCase()} | \`${r.path}\` | \`${r.access}\` | ${whoMay(r.access)} |`)
  }
  lines.push('', MATRIX_END)
  return lines.join('\n')
}
