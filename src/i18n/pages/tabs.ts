/** Texts of the tab sync (other open tabs, database upgrades) and of workers that stop. Also message codes (`tabs.*`). */
export const en = {
  title: 'This tab is out of date',
  cleared: 'All local data was deleted in another tab. Reload this tab to start again: nothing it still shows will be saved.',
  upgraded: 'Campaign Lab was updated in another tab. Reload this tab to keep working with your stored workspace (nothing was deleted).',
  reload: 'Reload this tab',
  deletedElsewhere: 'The dataset "{name}" was deleted in another tab: this change was not saved. Load the file again to keep working with it.',
  storage: {
    blocked: 'Campaign Lab is open in another tab with an older version: close that tab (or reload it) to finish updating the stored workspace.',
    newer: 'The stored workspace was written by a newer version of Campaign Lab: reload the page to get the newest version (nothing was deleted).',
    unavailable: 'The browser storage (IndexedDB) is not available ({reason}): results will not survive a reload.',
  },
  worker: {
    crashed: 'The {worker} worker stopped: {reason}. Your data is kept; try again.',
    closed: 'The {worker} worker closed before finishing its jobs. Your data is kept; try again (a new worker starts).',
    silent: 'The {worker} worker stopped answering for {seconds} s and was restarted. Your data is kept; try again.',
    cancelled: 'Cancelled: the {worker} worker did not stop within {seconds} s, so it was restarted.',
    restarted: 'The {worker} worker was restarted to cancel another job: try this one again.',
    unreadable: 'The {worker} worker sent a message that could not be read; it was restarted.',
  },
}

export const es: typeof en = {
  title: 'Esta pestaña está desactualizada',
  cleared: 'Se borraron todos los datos locales en otra pestaña. Recarga esta pestaña para empezar de nuevo: no se guardará nada de lo que aún muestra.',
  upgraded: 'Campaign Lab se actualizó en otra pestaña. Recarga esta pestaña para seguir trabajando con tu espacio de trabajo guardado (no se borró nada).',
  reload: 'Recargar esta pestaña',
  deletedElsewhere: 'Los datos «{name}» se borraron en otra pestaña: este cambio no se guardó. Vuelve a cargar el archivo para seguir trabajando con ellos.',
  storage: {
    blocked: 'Campaign Lab está abierto en otra pestaña con una versión anterior: cierra esa pestaña (o recárgala) para terminar de actualizar tu espacio de trabajo guardado.',
    newer: 'El espacio de trabajo guardado lo escribió una versión más nueva de Campaign Lab: recarga la página para obtener la versión más nueva (no se borró nada).',
    unavailable: 'El almacenamiento del navegador (IndexedDB) no está disponible ({reason}): los resultados no se conservarán al recargar.',
  },
  worker: {
    crashed: 'El proceso {worker} se detuvo: {reason}. Tus datos se conservan; inténtalo de nuevo.',
    closed: 'El proceso {worker} se cerró antes de terminar sus trabajos. Tus datos se conservan; inténtalo de nuevo (arranca un proceso nuevo).',
    silent: 'El proceso {worker} dejó de responder durante {seconds} s y se reinició. Tus datos se conservan; inténtalo de nuevo.',
    cancelled: 'Cancelado: el proceso {worker} no se detuvo en {seconds} s, así que se reinició.',
    restarted: 'El proceso {worker} se reinició para cancelar otro trabajo: vuelve a intentar este.',
    unreadable: 'El proceso {worker} envió un mensaje que no se pudo leer; se reinició.',
  },
}
