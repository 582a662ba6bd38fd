import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: '/coverage', name: 'coverage', component: () => import('./CoverageWorkspace.vue'), meta: { titleKey: 'nav.coverage', navOrder: 40, roles: ['planner', 'viewer'] } },
  { path: '/coverage/report/:id(\\d+)', name: 'coverage-report', component: () => import('./CoverageReportPage.vue'), meta: { titleKey: 'nav.coverage', roles: ['planner', 'viewer'] } },
]
