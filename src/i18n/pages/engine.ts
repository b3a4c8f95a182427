/** What the area engines tell a user when a result or file they refer to is gone. Message codes `engine.*`. */
export const en = {
  datasetGone: 'This dataset is no longer available (it was removed, perhaps in another tab). Load the file again.',
  modelNameTaken: 'A different model named "{name}" is already saved. Choose "Replace" to overwrite it, or rename the model.',
  modelNotInRegistry: 'This model is not in this browser\'s registry any more: open its file again.',
  retrainGone: 'Run the retrain again: the retrained model is no longer held.',
  modelFileGone: 'Open the model file again: it is no longer held.',
  modelGone: 'That model is no longer stored.',
  sequencesFirst: 'Mine sequential rules first.',
  recommenderFirst: 'Fit a recommender first.',
  recommendN: 'Recommendations per customer must be a whole number from 1 to 100 (got {value}).',
  modelNotInRun: 'The model "{model}" is not part of this training run.',
  modelFailed: 'The model "{model}" failed to train: {reason}',
  nothingToSave: 'Nothing to save yet: choose an audience (step 1) or load a campaign file.',
  noKeptCampaign: 'No campaign is kept in this browser.',
}

export const es: typeof en = {
  datasetGone: 'Estos datos ya no están disponibles (se quitaron, quizá en otra pestaña). Vuelve a cargar el archivo.',
  modelNameTaken: 'Ya hay guardado otro modelo llamado «{name}». Elige «Reemplazar» para sobrescribirlo o cambia el nombre del modelo.',
  modelNotInRegistry: 'Este modelo ya no está en el registro de este navegador: vuelve a abrir el archivo del modelo.',
  retrainGone: 'Vuelve a reentrenar: el modelo reentrenado ya no se conserva.',
  modelFileGone: 'Vuelve a abrir el archivo del modelo: ya no se conserva.',
  modelGone: 'Ese modelo ya no está guardado.',
  sequencesFirst: 'Primero busca las reglas secuenciales.',
  recommenderFirst: 'Primero entrena un recomendador.',
  recommendN: 'Las recomendaciones por cliente tienen que ser un número entero de 1 a 100 (has puesto {value}).',
  modelNotInRun: 'El modelo «{model}» no forma parte de este entrenamiento.',
  modelFailed: 'El modelo «{model}» no se pudo entrenar: {reason}',
  nothingToSave: 'Aún no hay nada que guardar: elige una audiencia (paso 1) o carga un archivo de campaña.',
  noKeptCampaign: 'No hay ninguna campaña guardada en este navegador.',
}
