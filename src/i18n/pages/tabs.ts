/** Texts of the tab sync (other open tabs, database upgrades) and of workers that stop. Also message codes (`tabs.*`). */
export const en = {
  title: 'This tab is out of date',
  cleared: 'All local data was deleted in another tab. Reload this tab to start again: nothing it still shows will be saved.',
  upgraded: 'Campaign Lab was updated in another tab. Reload this tab to keep working with your stored workspace (nothing was deleted).',
  reload: 'Reload this tab',
  deletedElsewhere: 'The dataset "{name}" was deleted in another tab: this change was not saved. Load the file again to keep working with it.',
  worker: {
    exited: 'The {worker} worker stopped ({reason}). Your stored data is kept; the next job starts a new worker.',
    silent: 'The {worker} worker stopped answering for {seconds} s and was restarted. Your stored data is kept; try again.',
    cancelled: 'Cancelled: the {worker} worker did not stop within {seconds} s, so it was restarted.',
    unreadable: 'The {worker} worker sent a message that could not be read; it was restarted.',
  },
}

export const es: typeof en = {
  title: 'Esta pestaña está desactualizada',
  cleared: 'Se borraron todos los datos locales en otra pestaña. Recarga esta pestaña para empezar de nuevo: no se guardará nada de lo que aún muestra.',
  upgraded: 'Campaign Lab se actualizó en otra pestaña. Recarga esta pestaña para seguir trabajando con tu espacio de trabajo guardado (no se borró nada).',
  reload: 'Recargar esta pestaña',
  deletedElsewhere: 'Los datos «{name}» se borraron en otra pestaña: este cambio no se guardó. Vuelve a cargar el archivo para seguir trabajando con ellos.',
  worker: {
    exited: 'El proceso {worker} se detuvo ({reason}). Tus datos guardados se conservan; el siguiente trabajo arranca un proceso nuevo.',
    silent: 'El proceso {worker} dejó de responder durante {seconds} s y se reinició. Tus datos guardados se conservan; inténtalo de nuevo.',
    cancelled: 'Cancelado: el proceso {worker} no se detuvo en {seconds} s, así que se reinició.',
    unreadable: 'El proceso {worker} envió un mensaje que no se pudo leer; se reinició.',
  },
}
