import { defineStore } from 'pinia'
import { ref, watch } from 'vue'

export type BackendChoice = 'auto' | 'webgpu' | 'wasm' | 'webgl' | 'cpu'

export interface BackendStatus {
  backend: string
  requested: string
  threads: boolean
  adapter?: { description: string; architecture: string; vendor: string; fallback: boolean }
  candidates: { name: string; ok: boolean; ms?: number; reason?: string }[]
}

/** User preferences (persisted in localStorage: small, not customer data) and the backend in use. */
export const useSettingsStore = defineStore('settings', () => {
  const saved = localStorage.getItem('campaign-lab.backend') as BackendChoice | null
  const backendChoice = ref<BackendChoice>(saved ?? 'auto')
  const backendStatus = ref<BackendStatus | null>(null)
  watch(backendChoice, (v) => localStorage.setItem('campaign-lab.backend', v))
  return { backendChoice, backendStatus }
})
