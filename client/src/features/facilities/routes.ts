import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: '/facilities', name: 'facilities', component: () => import('./FacilitiesWorkspace.vue'), meta: { titleKey: 'nav.facilities', navOrder: 30, roles: ['planner', 'viewer', 'namer', 'approver', 'surveyor'] } },
]
