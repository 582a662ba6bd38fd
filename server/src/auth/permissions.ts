/**
 * The permission matrix: the single place that says which role may do what.
 * Every route names one permission (or 'public' / 'authenticated'); tests drive every route with
 * every role against this table, so this file is also the documentation (see docs/security.md).
 * Admins hold every permission.
 */
export const ROLES = ['admin', 'namer', 'approver', 'planner', 'surveyor', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export const PERMISSIONS = {
  'users.manage': ['admin'],
  'audit.read': ['admin'],
  'divisions.write': ['admin'],
  // Place names and road naming (issue 3)
  'places.read_internal': ['namer', 'approver', 'viewer', 'planner', 'surveyor'],
  'places.write': ['namer'],
  'places.import': ['namer'],
  'naming.propose': ['namer'],
  'naming.notice': ['namer'],
  'naming.moderate': ['namer', 'approver'],
  'naming.decide': ['approver'],
  'naming.rules.write': [],
  // Facilities and coverage (issue 4)
  'facilities.read_internal': ['planner', 'viewer', 'namer', 'approver', 'surveyor'],
  'facilities.write': ['planner'],
  'facilities.import': ['planner'],
  'coverage.run': ['planner', 'viewer'],
  'coverage.save': ['planner'],
  // Boundary survey (issue 5)
  'boundaries.read': ['surveyor', 'viewer', 'namer', 'approver', 'planner'],
  'boundaries.write': ['surveyor'],
  // Bulk data (issue 6)
  'bulk.import': [],
  'bulk.export': ['namer', 'approver', 'planner', 'surveyor', 'viewer'],
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof PERMISSIONS
/** What a route requires: nobody in particular, any logged-in user, or one permission. */
export type Access = 'public' | 'authenticated' | Permission

/**
 * Whether a user holding `roles` has `permission`.
 * @example hasPermission(['namer'], 'places.write') // = true
 */
export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  if (roles.includes('admin')) return true
  const allowed: readonly string[] = PERMISSIONS[permission]
  return roles.some((r) => allowed.includes(r))
}

/** Whether `value` names a role. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}
