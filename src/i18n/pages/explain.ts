// Explanation strings (SHAP, tree rules, cluster explanations, maps), English and Spanish, merged
// under the "explain" key: a message {code: 'explain.rule.is', params} renders as t(code, params).
export const en = {
  rule: {
    is: '{column} is {level}',
    isNot: '{column} is not {levels}',
    notIn: '{column} is none of {levels}',
    atMost: '{column} ≤ {value}',
    above: '{column} > {value}',
    between: '{column} between {low} (excl.) and {high}',
    then: 'then {share}% positive ({samples} customers)',
    leaf: 'If {conditions}: {share} positive ({samples} customers)',
    always: 'Every customer: {share} positive ({samples} customers)',
  },
  shap: {
    method: { 'tree-path': 'exact TreeSHAP (path-dependent)', 'tree-interventional': 'exact TreeSHAP (interventional)', linear: 'exact linear SHAP', permutation: 'sampled Shapley values (± standard error)' },
    base: 'Average prediction {value}',
    pushUp: '{column} raises the probability by {points} points',
    pushDown: '{column} lowers the probability by {points} points',
    meanAbs: 'Mean |SHAP| per input',
  },
  cluster: {
    surrogateTree: 'A decision tree (depth ≤ {depth}) tells this group from the rest with {accuracy}% balanced accuracy',
    surrogateGbt: 'Gradient boosting (depth ≤ {depth}) tells this group from the rest with {accuracy}% balanced accuracy',
    times: '{feature} is {ratio}× the average',
    fraction: '{feature} is {percent}% of the average',
    about: '{feature} is about average',
    spends: 'spends {ratio}× the average',
    spendsLess: 'spends {percent}% of the average',
    buysEvery: 'buys every {weeks} weeks',
    buysEveryDays: 'buys every {days} days',
    lastBought: 'last bought {days} days ago (average {avg})',
  },
  map: {
    method: { pca: 'PCA', tsne: 't-SNE', umap: 'UMAP' },
    trust: 'Trustworthiness (k = {k}): {value}',
    tooFewPoints: 'A map needs at least {min} points; this data has {n}.',
    noColumns: 'Choose at least one column for the map.',
    notFinite: 'Column "{column}" has a missing or infinite value in row {row}: fill or drop it first.',
    constantColumn: 'Column "{column}" has the same value ({value}) for every customer, so it cannot separate anyone: leave it out of the map.',
    perplexityTooLarge: 't-SNE perplexity ({perplexity}) must be below the number of points ({n}): use at most {max}.',
    neighboursTooMany: 'UMAP needs more points ({n}) than neighbours ({k}): use at most {max}.',
    title: 'Customer map ({method})',
    choose: 'Method',
    draw: 'Draw the map',
    drawing: 'Drawing…',
    cancelled: 'Map cancelled.',
    hint: {
      pca: 'Each dot is a customer placed by the two directions that spread customers the most; colours are clusters. Instant, but customers that differ in other directions can land on top of each other.',
      tsne: 't-SNE places customers so that each one’s closest customers in the data stay close on the map (perplexity 30); distances between far-apart groups and group sizes mean little. Colours are clusters.',
      umap: 'UMAP keeps each customer near their 15 nearest customers in the data and keeps more of the overall layout than t-SNE; distances between far-apart groups still mean little. Colours are clusters.',
    },
    trustHelp: 'How well the map keeps neighbours: 1 means every customer’s 10 closest dots on the map are also among their closest customers in the data. Draw another method to compare.',
    sampled: 'A seeded sample of {n} of the {of} customers.',
    seconds: 'drawn in {s} s',
    axis: '{method} {i}',
  },
}

export const es: typeof en = {
  rule: {
    is: '{column} es {level}',
    isNot: '{column} no es {levels}',
    notIn: '{column} no es ninguno de {levels}',
    atMost: '{column} ≤ {value}',
    above: '{column} > {value}',
    between: '{column} entre {low} (excl.) y {high}',
    then: 'entonces {share}% positivos ({samples} clientes)',
    leaf: 'Si {conditions}: {share} positivos ({samples} clientes)',
    always: 'Todos los clientes: {share} positivos ({samples} clientes)',
  },
  shap: {
    method: { 'tree-path': 'TreeSHAP exacto (dependiente del camino)', 'tree-interventional': 'TreeSHAP exacto (intervencional)', linear: 'SHAP lineal exacto', permutation: 'valores de Shapley muestreados (± error estándar)' },
    base: 'Predicción media {value}',
    pushUp: '{column} sube la probabilidad {points} puntos',
    pushDown: '{column} baja la probabilidad {points} puntos',
    meanAbs: '|SHAP| medio por variable',
  },
  cluster: {
    surrogateTree: 'Un árbol de decisión (profundidad ≤ {depth}) distingue este grupo del resto con un {accuracy}% de exactitud equilibrada',
    surrogateGbt: 'Un gradient boosting (profundidad ≤ {depth}) distingue este grupo del resto con un {accuracy}% de exactitud equilibrada',
    times: '{feature} es {ratio}× la media',
    fraction: '{feature} es el {percent}% de la media',
    about: '{feature} está en la media',
    spends: 'gasta {ratio}× la media',
    spendsLess: 'gasta el {percent}% de la media',
    buysEvery: 'compra cada {weeks} semanas',
    buysEveryDays: 'compra cada {days} días',
    lastBought: 'compró por última vez hace {days} días (media {avg})',
  },
  map: {
    method: { pca: 'PCA', tsne: 't-SNE', umap: 'UMAP' },
    trust: 'Fiabilidad (k = {k}): {value}',
    tooFewPoints: 'Un mapa necesita al menos {min} puntos; estos datos tienen {n}.',
    noColumns: 'Elige al menos una columna para el mapa.',
    notFinite: 'La columna "{column}" tiene un valor vacío o infinito en la fila {row}: rellénalo o quítalo antes.',
    constantColumn: 'La columna "{column}" tiene el mismo valor ({value}) para todos los clientes, así que no separa a nadie: déjala fuera del mapa.',
    perplexityTooLarge: 'La perplejidad de t-SNE ({perplexity}) debe ser menor que el número de puntos ({n}): usa como mucho {max}.',
    neighboursTooMany: 'UMAP necesita más puntos ({n}) que vecinos ({k}): usa como mucho {max}.',
    title: 'Mapa de clientes ({method})',
    choose: 'Método',
    draw: 'Dibujar el mapa',
    drawing: 'Dibujando…',
    cancelled: 'Mapa cancelado.',
    hint: {
      pca: 'Cada punto es un cliente situado según las dos direcciones que más separan a los clientes; los colores son los grupos. Es instantáneo, pero clientes que se diferencian en otras direcciones pueden quedar uno encima de otro.',
      tsne: 't-SNE coloca a los clientes de forma que los más parecidos en los datos queden cerca en el mapa (perplejidad 30); las distancias entre grupos alejados y el tamaño de los grupos dicen poco. Los colores son los grupos.',
      umap: 'UMAP mantiene a cada cliente cerca de sus 15 clientes más parecidos en los datos y conserva más de la disposición general que t-SNE; las distancias entre grupos alejados siguen diciendo poco. Los colores son los grupos.',
    },
    trustHelp: 'Cuánto respeta el mapa a los vecinos: 1 significa que los 10 puntos más cercanos a cada cliente en el mapa están también entre sus clientes más parecidos en los datos. Dibuja otro método para comparar.',
    sampled: 'Una muestra con semilla de {n} de los {of} clientes.',
    seconds: 'dibujado en {s} s',
    axis: '{method} {i}',
  },
}

/** Render an explain message code outside Vue (CLI, tests): the same catalogue, {param} filled in. */
export function explainMessage(m: { code: string; params: Record<string, string | number> }, lang: 'en' | 'es' = 'en'): string {
  if (!m.code.startsWith('explain.')) throw new RangeError(`not an explain message: ${m.code}`)
  let node: unknown = lang === 'es' ? es : en
  for (const part of m.code.slice('explain.'.length).split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  if (typeof node !== 'string') throw new RangeError(`unknown message code ${m.code}`)
  return node.replace(/\{(\w+)\}/g, (_, k: string) => (k in m.params ? String(m.params[k]) : `{${k}}`))
}
