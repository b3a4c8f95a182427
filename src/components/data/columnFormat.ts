import { useMessages } from '@/i18n/useMessages'

const isDate = (type: string): boolean => type === 'date' || type === 'datetime'

/** Profile figures as the schema table and the histogram show them, in the UI locale. */
export function useColumnFormat() {
  const { fmtNum } = useMessages()
  function fmt(v: number | undefined): string {
    if (v === undefined || v === null || Number.isNaN(v)) return ''
    return Math.abs(v) >= 1000 ? fmtNum(v, 0) : fmtNum(Math.round(v * 1000) / 1000, 3)
  }
  const fmtCell = (v: number | undefined, type: string): string =>
    v === undefined ? '' : isDate(type) ? new Date(v).toISOString().replace('T', ' ').slice(0, type === 'date' ? 10 : 19) : fmt(v)
  return { fmt, fmtCell, isDate, fmtNum }
}
