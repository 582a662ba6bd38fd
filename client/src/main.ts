import { createApp } from 'vue'
import App from './App.vue'
import { install as installI18n } from './modules/i18n'
import { install as installPinia } from './modules/pinia'
import { install as installRouter } from './modules/router'
import './styles/base.css'

const app = createApp(App)
// Order matters: the router's guard reads the auth store (pinia) and titles come from i18n.
for (const install of [installPinia, installI18n, installRouter]) install(app)
app.mount('#app')
