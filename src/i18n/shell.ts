// Strings of the app shell (workflow navigation, status bar); other helpers edit en.ts/es.ts.
export const en = {
  workflow: 'Workflow',
  finishing: 'finishing…',
  etaMin: '{m} min {s} s left',
  more: '+{n} more running',
  scrollHint: 'Scroll sideways to see every column',
}

export const es: typeof en = {
  workflow: 'Flujo de trabajo',
  finishing: 'terminando…',
  etaMin: 'quedan {m} min {s} s',
  more: '+{n} más en curso',
  scrollHint: 'Desplázate a los lados para ver todas las columnas',
}
