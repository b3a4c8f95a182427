// Texts of the retrain / drift / champion-vs-challenger flow (src/ml/retrain, src/ml/drift), English
// and Spanish, merged under the "retrain" key; the message codes of src/ml/retrain are "retrain.<path>".
export const en = {
  noTarget: 'The new data has no "{target}" column: drift is shown, but the model cannot be retrained or compared without the outcome.',
  missingColumns: 'The new data lacks the column(s) the model needs: {columns}. Nothing was trained.',
  typeChanged: '"{column}" held {expected} values when the model was trained but holds {found} now (e.g. {examples}). Fix the column or its type on the Data page. Nothing was trained.',
  notClassifier: 'Only propensity models (classifiers) can be retrained; this file holds a {kind} model.',
  noSettings: 'This model file does not say how it was trained: train a new model on the Predict page instead.',
  unknownModel: 'The file names a model this app does not know ("{model}").',
  oneClass: 'Every row of the new data has the same "{target}": the model needs both outcomes to be retrained or compared.',
  failed: 'The retrained model could not be fitted: {reason}',
  settingsInferred: 'This file is older than stored training settings: the model is retrained with its own parameters ({model}) and the default split.',
  drift: {
    noBins: 'This model file was saved before training distributions were stored, so drift cannot be measured from the file alone. If you still have the original training data, retrain the original model on it and save it again.',
    shifted: '{count} input(s) shifted strongly since training: {columns}.',
    stable: 'stable',
    watch: 'watch',
    shiftedLevel: 'shifted',
  },
  recommend: {
    challengerRanks: 'Keep the retrained model: it ranks customers better on the same held-out rows (ROC AUC {challengerAuc} against {championAuc}, p = {pValue}).',
    challengerCalibrated: 'Keep the retrained model: both rank customers about as well, but the saved model\'s probabilities are off (it predicts {championRate} on average where {observedRate} happened).',
    championRanks: 'Keep the saved model: it still ranks customers better on the new data (ROC AUC {championAuc} against {challengerAuc}, p = {pValue}).',
    championRanksRecalibrate: 'The saved model still ranks customers better, but its probabilities are off (it predicts {championRate} on average where {observedRate} happened): keep it for ranking, and do not read its percentages as rates.',
    keepChampion: 'Keep the saved model: the retrained one is not measurably better on the same held-out rows (ROC AUC {challengerAuc} against {championAuc}, p = {pValue}).',
  },
}

export const es: typeof en = {
  noTarget: 'Los datos nuevos no tienen la columna «{target}»: se muestra la deriva, pero sin el resultado no se puede reentrenar ni comparar el modelo.',
  missingColumns: 'A los datos nuevos les faltan columnas que el modelo necesita: {columns}. No se ha entrenado nada.',
  typeChanged: '«{column}» tenía valores de tipo {expected} cuando se entrenó el modelo y ahora tiene {found} (p. ej. {examples}). Corrige la columna o su tipo en la página Datos. No se ha entrenado nada.',
  notClassifier: 'Solo se pueden reentrenar modelos de propensión (clasificadores); este archivo contiene un modelo {kind}.',
  noSettings: 'Este archivo de modelo no indica cómo se entrenó: entrena un modelo nuevo en la página Predecir.',
  unknownModel: 'El archivo nombra un modelo que esta aplicación no conoce («{model}»).',
  oneClass: 'Todas las filas de los datos nuevos tienen el mismo «{target}»: hacen falta los dos resultados para reentrenar o comparar.',
  failed: 'No se ha podido ajustar el modelo reentrenado: {reason}',
  settingsInferred: 'Este archivo es anterior a que se guardaran los ajustes de entrenamiento: el modelo se reentrena con sus propios parámetros ({model}) y la partición por defecto.',
  drift: {
    noBins: 'Este archivo de modelo se guardó antes de que se almacenaran las distribuciones de entrenamiento, así que la deriva no se puede medir solo con el archivo. Si aún tienes los datos de entrenamiento originales, reentrena con ellos el modelo original y guárdalo de nuevo.',
    shifted: '{count} variable(s) han cambiado mucho desde el entrenamiento: {columns}.',
    stable: 'estable',
    watch: 'vigilar',
    shiftedLevel: 'desplazada',
  },
  recommend: {
    challengerRanks: 'Quédate con el modelo reentrenado: ordena mejor a los clientes en las mismas filas reservadas (ROC AUC {challengerAuc} frente a {championAuc}, p = {pValue}).',
    challengerCalibrated: 'Quédate con el modelo reentrenado: los dos ordenan a los clientes más o menos igual, pero las probabilidades del modelo guardado no cuadran (predice {championRate} de media donde ocurrió {observedRate}).',
    championRanks: 'Quédate con el modelo guardado: sigue ordenando mejor a los clientes con los datos nuevos (ROC AUC {championAuc} frente a {challengerAuc}, p = {pValue}).',
    championRanksRecalibrate: 'El modelo guardado sigue ordenando mejor a los clientes, pero sus probabilidades no cuadran (predice {championRate} de media donde ocurrió {observedRate}): úsalo para ordenar y no leas sus porcentajes como tasas.',
    keepChampion: 'Quédate con el modelo guardado: el reentrenado no es mejor de forma medible en las mismas filas reservadas (ROC AUC {challengerAuc} frente a {championAuc}, p = {pValue}).',
  },
}
