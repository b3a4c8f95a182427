/** Texts of the stored workspace: the training-run history and the storage line. */
export const en = {
  history: {
    title: 'Training runs',
    intro: 'Every run is kept in this browser with its models: open one to see it again, or delete it.',
    when: 'Trained',
    dataset: 'Dataset',
    target: 'Target',
    models: 'Models',
    best: 'Best test ROC AUC',
    open: 'Open',
    shown: 'Shown',
    delete: 'Delete',
  },
  storage: {
    persisted: 'kept until you delete it',
    notPersisted: 'the browser may clear it when space runs low',
  },
}

export const es: typeof en = {
  history: {
    title: 'Entrenamientos',
    intro: 'Cada entrenamiento se guarda en este navegador con sus modelos: ábrelo para volver a verlo o bórralo.',
    when: 'Entrenado',
    dataset: 'Datos',
    target: 'Objetivo',
    models: 'Modelos',
    best: 'Mejor ROC AUC de prueba',
    open: 'Abrir',
    shown: 'Mostrado',
    delete: 'Borrar',
  },
  storage: {
    persisted: 'se guarda hasta que lo borres',
    notPersisted: 'el navegador puede borrarlo si le falta espacio',
  },
}
