import type { App } from 'vue'
import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router'
import { routes as adminRoutes } from '../features/admin/routes'
import { routes as authRoutes } from '../features/auth/routes'
import { routes as boundariesRoutes } from '../features/boundaries/routes'
import { routes as bulkRoutes } from '../features/bulk/routes'
import { routes as coverageRoutes } from '../features/coverage/routes'
import { routes as facilitiesRoutes } from '../features/facilities/routes'
import { routes as namingRoutes } from '../features/naming/routes'
import { routes as placesRoutes } from '../features/places/routes'
import { useAuthStore } from '../features/auth/auth.store'
import { i18n } from './i18n'

declare module 'vue-router' {
  interface RouteMeta {
    /** Locale key of the page title (document title and nav tab). */
    titleKey?: string
    /** Roles allowed in; absent means anyone, including anonymous users. admin passes every check. */
    roles?: string[]
    /** Position of the workspace's tab in the top bar; absent means no tab. */
    navOrder?: number
  }
}

/** The app's routes: the shell's own pages plus each feature's `routes.ts`. */
export const appRoutes: RouteRecordRaw[] = [
  { path: '/', redirect: '/places' },
  ...placesRoutes,
  ...namingRoutes,
  ...facilitiesRoutes,
  ...coverageRoutes,
  ...boundariesRoutes,
  ...bulkRoutes,
  ...adminRoutes,
  ...authRoutes,
  { path: '/forbidden', name: 'forbidden', component: () => import('../layout/ForbiddenPage.vue'), meta: { titleKey: 'app.forbidden.title' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../layout/NotFoundPage.vue'), meta: { titleKey: 'app.notFound.title' } },
]

/**
 * Builds the router with the role guard and document titles.
 * @param history - web history in the app, memory history in tests
 */
export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({ history, routes: appRoutes })
  router.beforeEach(async (to) => {
    const roles = to.meta.roles
    if (!roles) return true
    const auth = useAuthStore()
    await auth.ensureLoaded()
    if (!auth.isLoggedIn) return { name: 'login', query: { redirect: to.fullPath } }
    if (!auth.hasAnyRole(roles)) return { name: 'forbidden', query: { from: to.fullPath } }
    return true
  })
  router.afterEach((to) => {
    if (typeof document === 'undefined') return
    const appName = i18n.global.t('app.name')
    document.title = to.meta.titleKey ? `${i18n.global.t(to.meta.titleKey)} · ${appName}` : appName
  })
  return router
}

/** Installs vue-router (call after pinia: the guard reads the auth store). */
export function install(app: App): void {
  app.use(createAppRouter())
}
