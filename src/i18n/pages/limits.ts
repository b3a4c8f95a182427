/** Texts of the size limits: huge cells in previews, jobs that would need more memory than the device gives. Also message codes (`limits.*`). */
export const en = {
  cellCut: 'Cells over 1 MB in the rows shown: {n}. The preview shows the first 1,000 characters of each; the data keeps them whole.',
}

export const es: typeof en = {
  cellCut: 'Celdas de más de 1 MB en las filas mostradas: {n}. La vista previa muestra los primeros 1000 caracteres de cada una; los datos las conservan enteras.',
}
