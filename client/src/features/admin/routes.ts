import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  {
    path: '/admin',
    name: 'admin-users',
    component: () => import('./AdminUsersPage.vue'),
    meta: { titleKey: 'nav.admin', roles: ['admin'], navOrder: 60 },
  },
]
