import type { App } from 'vue'
import { createPinia } from 'pinia'

/** Installs Pinia (setup stores only hold state shared across components, STYLE §8). */
export function install(app: App): void {
  app.use(createPinia())
}
