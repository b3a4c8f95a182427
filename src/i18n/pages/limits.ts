/** Texts of the size limits: huge cells in previews, jobs that would need more memory than the device gives. Also message codes (`limits.*`). */
export const en = {
  cellCut: 'Cells over 1 MB in the rows shown: {n}. The preview shows the first 1,000 characters of each; the data keeps them whole.',
  schemaShown: 'First {shown} of {n} columns shown.',
  schemaMore: 'Show more',
  memory: {
    device: '{job} would need about {need} of memory; this device can give a job about {budget} (a quarter of what the browser reports). Use fewer rows (a subsample), fewer columns, fewer CV folds or fewer models.',
    stated: '{job} would need about {need} of memory, over the {budget} a job may use. Use fewer rows (a subsample), fewer columns, fewer CV folds or fewer models.',
  },
  job: {
    training: 'Training',
    clustering: 'Clustering',
  },
}

export const es: typeof en = {
  cellCut: 'Celdas de más de 1 MB en las filas mostradas: {n}. La vista previa muestra los primeros 1000 caracteres de cada una; los datos las conservan enteras.',
  schemaShown: 'Se muestran las primeras {shown} de {n} columnas.',
  schemaMore: 'Mostrar más',
  memory: {
    device: '{job} necesitaría unos {need} de memoria; este dispositivo puede dar a un trabajo unos {budget} (la cuarta parte de lo que indica el navegador). Usa menos filas (una submuestra), menos columnas, menos particiones de validación cruzada o menos modelos.',
    stated: '{job} necesitaría unos {need} de memoria, más de los {budget} que puede usar un trabajo. Usa menos filas (una submuestra), menos columnas, menos particiones de validación cruzada o menos modelos.',
  },
  job: {
    training: 'El entrenamiento',
    clustering: 'La agrupación',
  },
}
