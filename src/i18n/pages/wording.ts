/** Plain words for file facts and other details the app used to show as internal names. */
export const en = {
  file: {
    details: 'File details',
    format: 'Read as',
    formats: { delimited: 'text with separators (CSV)', json: 'JSON', xlsx: 'Excel workbook', baskets: 'one basket per line', parquet: 'Parquet' },
    delimiter: 'Separator',
    tab: 'tab',
    encoding: 'Character encoding',
  },
  histogram: '{col}: histogram',
  channel: { email: 'email', phone: 'phone call' },
  reason: '{feature} = {value} ({effect} pts)',
  shap: {
    summary: '{method} on {rows} test customers',
    gap: 'Largest gap between the sum of the contributions and the score: {err} (rounding only)',
  },
  model: {
    kinds: { classifier: 'Propensity model', regressor: 'Regression model', pipeline: 'Preprocessing pipeline', kmeans: 'Customer groups (k-means)', rfm: 'RFM segment map', rules: 'Association rules' },
    algo: { linear: 'linear regression', kmeans: 'k-means', vote: 'vote of {members}' },
    vote: { soft: 'Soft vote ({members})', hard: 'Hard vote ({members})' },
    technical: 'Technical details',
    version: 'Saved by Campaign Lab {app}, file format {format}',
  },
}

export const es: typeof en = {
  file: {
    details: 'Detalles del archivo',
    format: 'Leído como',
    formats: { delimited: 'texto con separadores (CSV)', json: 'JSON', xlsx: 'libro de Excel', baskets: 'una cesta por línea', parquet: 'Parquet' },
    delimiter: 'Separador',
    tab: 'tabulador',
    encoding: 'Codificación de caracteres',
  },
  histogram: '{col}: histograma',
  channel: { email: 'correo electrónico', phone: 'llamada telefónica' },
  reason: '{feature} = {value} ({effect} ptos.)',
  shap: {
    summary: '{method} con {rows} clientes de prueba',
    gap: 'Mayor diferencia entre la suma de las contribuciones y la puntuación: {err} (solo redondeo)',
  },
  model: {
    kinds: { classifier: 'Modelo de propensión', regressor: 'Modelo de regresión', pipeline: 'Preparación de datos', kmeans: 'Grupos de clientes (k-medias)', rfm: 'Mapa de segmentos RFM', rules: 'Reglas de asociación' },
    algo: { linear: 'regresión lineal', kmeans: 'k-medias', vote: 'voto de {members}' },
    vote: { soft: 'Voto blando ({members})', hard: 'Voto duro ({members})' },
    technical: 'Detalles técnicos',
    version: 'Guardado con Campaign Lab {app}, formato de archivo {format}',
  },
}
