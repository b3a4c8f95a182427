// Strings of the app shell (workflow navigation, status bar); other helpers edit en.ts/es.ts.
export const en = {
  workflow: 'Workflow',
  finishing: 'finishing…',
  etaMin: '{m} min {s} s left',
  more: '+{n} more running',
  validation: 'How the models are checked',
}

export const es: typeof en = {
  workflow: 'Flujo de trabajo',
  finishing: 'terminando…',
  etaMin: 'quedan {m} min {s} s',
  more: '+{n} más en curso',
  validation: 'Cómo se comprueban los modelos',
}
