import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: '/places', name: 'places', component: () => import('./PlacesWorkspace.vue'), meta: { titleKey: 'nav.places', navOrder: 10 } },
]
