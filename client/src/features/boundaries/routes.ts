import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: '/boundaries', name: 'boundaries', component: () => import('./BoundariesWorkspace.vue'), meta: { titleKey: 'nav.boundaries', navOrder: 50 } },
]
