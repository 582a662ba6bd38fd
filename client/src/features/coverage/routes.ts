import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: '/coverage', name: 'coverage', component: () => import('./CoverageWorkspace.vue'), meta: { titleKey: 'nav.coverage', navOrder: 40 } },
]
