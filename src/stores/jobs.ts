import { type Label } from '@/ml/core/message'
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { etaStart, etaUpdate, type EtaState } from './eta'

export type JobStatus = 'running' | 'done' | 'failed' | 'cancelled'

export interface JobInfo {
  id: string
  label: Label
  status: JobStatus
  fraction: number
  message: string
  startedAt: number
  endedAt?: number
  error?: Label
  etaSeconds?: number
}

/** Running and finished jobs for the job panel (labels, progress, errors — never data). */
export const useJobsStore = defineStore('jobs', () => {
  const jobs = ref<JobInfo[]>([])
  const cancels = new Map<string, () => void>()
  const etas = new Map<string, EtaState>()

  function start(label: Label, cancel: () => void): string {
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`
    jobs.value.unshift({ id, label, status: 'running', fraction: 0, message: '', startedAt: Date.now() })
    cancels.set(id, cancel)
    etas.set(id, etaStart(Date.now()))
    if (jobs.value.length > 50) jobs.value.length = 50
    return id
  }

  function progress(id: string, fraction: number, message = ''): void {
    const j = jobs.value.find((x) => x.id === id)
    if (!j || j.status !== 'running') return
    j.fraction = Math.max(0, Math.min(1, fraction))
    j.message = message
    const eta = etas.get(id)
    j.etaSeconds = eta ? etaUpdate(eta, Date.now(), j.fraction) : undefined
  }

  function finish(id: string, status: Exclude<JobStatus, 'running'>, error?: Label): void {
    const j = jobs.value.find((x) => x.id === id)
    cancels.delete(id)
    etas.delete(id)
    if (!j) return
    j.status = status
    j.endedAt = Date.now()
    if (status === 'done') j.fraction = 1
    j.error = error
    j.etaSeconds = undefined
  }

  function cancel(id: string): void {
    cancels.get(id)?.()
  }

  const running = (): JobInfo[] => jobs.value.filter((j) => j.status === 'running')

  return { jobs, start, progress, finish, cancel, running }
})
