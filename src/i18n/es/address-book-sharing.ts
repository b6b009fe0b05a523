import type { CatalogueOf } from '../index.js';
import type { addressBookSharingEn } from '../address-book-sharing.js';

export const addressBookSharingEs = {
  'addressBookSharing.heading': 'Grupos de la libreta de direcciones',
  'addressBookSharing.loading': 'Cargando los grupos de la libreta de direcciones…',
  'addressBookSharing.empty': 'Este cliente todavía no tiene grupos en la libreta de direcciones.',
  'addressBookSharing.readOnly': 'Puede ver lo que se comparte, pero no modificarlo.',
  'addressBookSharing.column.select': 'Selección',
  'addressBookSharing.column.group': 'Grupo',
  'addressBookSharing.column.contacts': 'Contactos',
  'addressBookSharing.column.access': ({ name }) => `Acceso de ${name}`,
  'addressBookSharing.column.sharedWith': 'Compartido con',
  'addressBookSharing.selectAll': 'Seleccionar todos los grupos',
  'addressBookSharing.selectGroup': ({ group }) => `Seleccionar ${group}`,
  'addressBookSharing.permission.read': 'Lectura',
  'addressBookSharing.permission.write': 'Lectura y escritura',
  'addressBookSharing.notShared': 'No compartido',
  'addressBookSharing.sharedWithCount': ({ count }, t) => t.plural(count, { one: '# usuario', other: '# usuarios' }),
  'addressBookSharing.recipients': 'Compartir con',
  'addressBookSharing.noRecipients': 'Todavía nadie: añada al menos una persona.',
  'addressBookSharing.removeRecipient': ({ name }) => `Quitar a ${name}`,
  'addressBookSharing.picker.label': 'Añadir personas',
  'addressBookSharing.picker.hint':
    'Escriba un nombre, un correo electrónico o un identificador y elija con las flechas e Intro.',
  'addressBookSharing.picker.results': 'Usuarios coincidentes',
  'addressBookSharing.picker.searching': 'Buscando…',
  'addressBookSharing.picker.none': 'Ningún usuario coincide.',
  'addressBookSharing.picker.found': ({ count, total }, t) =>
    count < total
      ? `${t.plural(count, { one: 'Se muestra # usuario', other: 'Se muestran # usuarios' })} de ${t.number(total)}: escriba más para acotar la lista.`
      : t.plural(count, { one: '# usuario encontrado.', other: '# usuarios encontrados.' }),
  'addressBookSharing.picker.failed': 'La búsqueda ha fallado. Vuelva a escribir para reintentarlo.',
  'addressBookSharing.permission': 'Permiso',
  'addressBookSharing.share': 'Compartir',
  'addressBookSharing.unshare': 'Dejar de compartir',
  'addressBookSharing.selectionSummary': ({ groups, users }, t) =>
    `${t.plural(groups, { one: '# grupo', other: '# grupos' })} × ${t.plural(users, { one: '# persona', other: '# personas' })}`,
  'addressBookSharing.needSelection': 'Seleccione al menos un grupo y una persona.',
  'addressBookSharing.progress.share': 'Compartiendo',
  'addressBookSharing.progress.unshare': 'Dejando de compartir',
  'addressBookSharing.progress.count': ({ done, total }, t) => `${t.number(done)} de ${t.number(total)} hechos`,
  'addressBookSharing.result': ({ succeeded, failed }, t) =>
    failed === 0
      ? t.plural(succeeded, { one: 'Hecho: # cambio guardado.', other: 'Hecho: # cambios guardados.' })
      : `${t.plural(succeeded, { one: '# cambio guardado', other: '# cambios guardados' })}, ${t.plural(failed, { one: '# fallido', other: '# fallidos' })}.`,
  'addressBookSharing.failures': 'Cambios fallidos',
  'addressBookSharing.failure': ({ group, name, reason }) => `${group}, ${name}: ${reason}`,
  'addressBookSharing.retryFailed': 'Reintentar los fallidos',
  'addressBookSharing.error.unknownUser': 'este usuario no existe o está fuera de su ámbito.',
  'addressBookSharing.error.contact': 'un contacto no puede recibir un grupo compartido.',
  'addressBookSharing.error.groupGone': 'este grupo ya no existe.',
  'addressBookSharing.error.forbidden': 'no tiene permiso para cambiar cómo se comparte este grupo.',
  'addressBookSharing.error.item': 'el servidor ha rechazado este cambio.',
  'addressBookSharing.error.load': 'No se han podido cargar los grupos de la libreta de direcciones.',
  'addressBookSharing.error.notFound': 'Este usuario ya no existe o está fuera de su ámbito.',
} satisfies CatalogueOf<typeof addressBookSharingEn>;
