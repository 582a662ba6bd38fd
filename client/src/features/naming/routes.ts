import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: '/naming', name: 'naming', component: () => import('./NamingWorkspace.vue'), meta: { titleKey: 'nav.naming', navOrder: 20 } },
  // 公示 (public notice): readable without logging in, so no roles.
  { path: '/notices/:id', name: 'public-notice', component: () => import('./PublicNoticePage.vue'), meta: { titleKey: 'nav.publicNotice' } },
]
