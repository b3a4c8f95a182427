// Strings of customer lifetime value (merged under the "clv" key). `msg` renders the message codes
// of src/ml/clv ({code, params}); the CLI uses the English ones.
export const en = {
  title: 'Customer value',
  models: { bgnbd: 'BG/NBD', mbgnbd: 'MBG/NBD', paretonbd: 'Pareto/NBD', gammagamma: 'Gamma-Gamma' },
  msg: {
    tooFewRepeat: 'Only {repeat} of {customers} customers bought in more than one period; the models need at least {min} repeat buyers to tell purchase rate from drop-out. Use a longer log, a finer period (day instead of week), or a larger customer base.',
    noCustomers: 'No purchases are left up to the observation end: check the end date and the date column.',
    futureDates: '{count} purchases are dated after today ({today}); the latest is {latest}. Check the date column (day/month order?) or set the observation end.',
    afterEnd: '{count} purchases after the observation end ({end}) were left out.',
    endBeforeFirst: 'The observation end {end} is before the first purchase ({first}).',
    negativeMonetary: 'Gamma-Gamma needs a positive spend for every repeat buyer: {count} of {repeat} have a value of zero or less (returns, credit notes?). Clean them out (keep the cleaning steps on) to get lifetime values; purchases and P(alive) are still given.',
    ggInfiniteMean: 'Gamma-Gamma fitted q = {q} ≤ 1: the population mean spend is infinite, so expected values are not meaningful. A few extreme spenders probably dominate; check the values.',
    notConverged: 'The {model} fit did not converge (largest gradient {gradient}); the best parameters found are shown (log-likelihood {logLik}). Treat them with caution.',
    startsDisagree: 'The {model} fit reached different optima from different starting points (log-likelihood gap {spread}); the best one is shown.',
    correlation: 'Frequency and average spend are correlated ({value}; warning above ±{limit}) among repeat buyers. Gamma-Gamma assumes they are independent, so expected values may be biased.',
    badSummaryValue: 'Column "{column}", row {row}: "{value}" is not a valid value ({expected}).',
    recencyAfterAge: 'Row {row}: recency {recency} is larger than the age T {T}; recency counts from the first to the last purchase and cannot exceed T.',
    missingColumn: 'The {role} column "{column}" is not in the table (columns: {columns}).',
    nonNumericColumn: 'The {role} column "{column}" is not numeric (e.g. "{example}").',
    badHoldoutSplit: 'The holdout split date {calibrationEnd} must come before the observation end {end}.',
    badOption: 'The option "{option}" has an invalid value.',
  },
  expected: {
    wholeNonNegative: 'a whole number ≥ 0',
    nonNegative: 'a number ≥ 0',
    number: 'a number',
  },
}

export const es: typeof en = {
  title: 'Valor del cliente',
  models: { bgnbd: 'BG/NBD', mbgnbd: 'MBG/NBD', paretonbd: 'Pareto/NBD', gammagamma: 'Gamma-Gamma' },
  msg: {
    tooFewRepeat: 'Solo {repeat} de {customers} clientes compraron en más de un periodo; los modelos necesitan al menos {min} clientes que repitan para separar el ritmo de compra del abandono. Usa un registro más largo, un periodo más fino (día en vez de semana) o más clientes.',
    noCustomers: 'No queda ninguna compra hasta el final de la observación: revisa la fecha final y la columna de fecha.',
    futureDates: '{count} compras tienen fecha posterior a hoy ({today}); la última es {latest}. Revisa la columna de fecha (¿orden día/mes?) o fija el final de la observación.',
    afterEnd: 'Se han dejado fuera {count} compras posteriores al final de la observación ({end}).',
    endBeforeFirst: 'El final de la observación {end} es anterior a la primera compra ({first}).',
    negativeMonetary: 'Gamma-Gamma necesita un gasto positivo para cada cliente que repite: {count} de {repeat} tienen un valor de cero o menos (¿devoluciones, abonos?). Quítalos (deja activados los pasos de limpieza) para obtener el valor de vida; las compras esperadas y P(activo) se calculan igualmente.',
    ggInfiniteMean: 'Gamma-Gamma ha estimado q = {q} ≤ 1: el gasto medio de la población es infinito y los valores esperados no tienen sentido. Seguramente dominan unos pocos clientes extremos; revisa los importes.',
    notConverged: 'El ajuste {model} no ha convergido (mayor gradiente {gradient}); se muestran los mejores parámetros encontrados (log-verosimilitud {logLik}). Tómalos con cautela.',
    startsDisagree: 'El ajuste {model} llega a óptimos distintos desde distintos puntos de partida (diferencia de log-verosimilitud {spread}); se muestra el mejor.',
    correlation: 'La frecuencia y el gasto medio están correlacionados ({value}; aviso por encima de ±{limit}) entre los clientes que repiten. Gamma-Gamma supone que son independientes, así que los valores esperados pueden estar sesgados.',
    badSummaryValue: 'Columna "{column}", fila {row}: "{value}" no es un valor válido ({expected}).',
    recencyAfterAge: 'Fila {row}: la recencia {recency} es mayor que la antigüedad T {T}; la recencia va de la primera a la última compra y no puede superar T.',
    missingColumn: 'La columna de {role} "{column}" no está en la tabla (columnas: {columns}).',
    nonNumericColumn: 'La columna de {role} "{column}" no es numérica (p. ej. "{example}").',
    badHoldoutSplit: 'La fecha de corte {calibrationEnd} tiene que ser anterior al final de la observación {end}.',
    badOption: 'La opción "{option}" tiene un valor no válido.',
  },
  expected: {
    wholeNonNegative: 'un número entero ≥ 0',
    nonNegative: 'un número ≥ 0',
    number: 'un número',
  },
}
