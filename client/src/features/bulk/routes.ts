import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: '/bulk', name: 'bulk', component: () => import('./BulkWorkspace.vue'), meta: { titleKey: 'bulk.title', navOrder: 70, roles: ['namer', 'approver', 'planner', 'surveyor', 'viewer'] } },
]
