import type { CatalogueOf } from '../index.js';
import type { bulkInviteBannerEn } from '../bulk-invite-banner.js';

export const bulkInviteBannerEs = {
  'bulkInvite.title': 'Invitar a los usuarios seleccionados',
  'bulkInvite.dismiss': 'Cerrar el aviso de invitaciones',
  'bulkInvite.loading': 'Contando las invitaciones…',
  'bulkInvite.summary': ({ toInvite, withoutEmail }, t) =>
    `${t.plural(toInvite, { one: 'Se enviará # invitación', other: 'Se enviarán # invitaciones' })}; ${t.plural(withoutEmail, {
      one: '# usuario no tiene correo electrónico y no se puede invitar',
      other: '# usuarios no tienen correo electrónico y no se pueden invitar',
    })}.`,
  'bulkInvite.skipped': ({ count }, t) =>
    t.plural(count, {
      one: '# usuario ya está activo, bloqueado o cerrado y se omitirá.',
      other: '# usuarios ya están activos, bloqueados o cerrados y se omitirán.',
    }),
  'bulkInvite.shortfall': ({ pool, needed, remaining }, t) =>
    `No hay suficientes puestos en ${pool}: se necesitan ${t.number(needed)} y quedan ${t.number(remaining)}. Los usuarios que excedan el último puesto no se invitarán.`,
  'bulkInvite.noEmail.title': 'Usuarios sin correo electrónico',
  'bulkInvite.noEmail.hint': 'Asigne un correo electrónico a cada uno para incluirlo en las invitaciones.',
  'bulkInvite.noEmail.partial': ({ shown, total }, t) => `Se muestran los ${t.number(shown)} primeros de ${t.number(total)}.`,
  'bulkInvite.noEmail.label': ({ name }) => `Dirección de correo electrónico de ${name}`,
  'bulkInvite.noEmail.save': 'Guardar',
  'bulkInvite.noEmail.saveFor': ({ name }) => `Guardar la dirección de correo electrónico de ${name}`,
  'bulkInvite.noEmail.saving': 'Guardando…',
  'bulkInvite.noEmail.saved': ({ name }) => `Correo electrónico de ${name} guardado. Volviendo a contar las invitaciones.`,
  'bulkInvite.error.emailRequired': 'Escriba una dirección de correo electrónico.',
  'bulkInvite.error.emailInvalid': 'Escriba una dirección de correo electrónico válida, por ejemplo nombre@empresa.com.',
  'bulkInvite.error.emailTaken': 'Otro usuario de este cliente ya tiene esta dirección.',
  'bulkInvite.error.saveEmail': 'No se ha podido guardar la dirección de correo electrónico.',
  'bulkInvite.send': ({ count }, t) => t.plural(count, { one: 'Enviar # invitación', other: 'Enviar # invitaciones' }),
  'bulkInvite.nothingToSend': 'No hay ninguna invitación que enviar.',
  'bulkInvite.sending': ({ count }, t) => t.plural(count, { one: 'Enviando # invitación…', other: 'Enviando # invitaciones…' }),
  'bulkInvite.progress': 'Envío de las invitaciones',
  'bulkInvite.retry': 'Reintentar',
  'bulkInvite.retryFailed': ({ count }, t) =>
    t.plural(count, { one: 'Reintentar la invitación fallida', other: 'Reintentar las # invitaciones fallidas' }),
  'bulkInvite.done': ({ sent, skipped, failed }, t) =>
    `Terminado: ${t.plural(sent, { one: '# enviada', other: '# enviadas' })}, ${t.plural(skipped, { one: '# omitida', other: '# omitidas' })}, ${t.plural(failed, { one: '# fallida', other: '# fallidas' })}.`,
  'bulkInvite.results.caption': 'Resultado por usuario',
  'bulkInvite.results.user': 'Usuario',
  'bulkInvite.results.outcome': 'Resultado',
  'bulkInvite.results.reason': 'Motivo',
  'bulkInvite.results.more': ({ count }, t) => t.plural(count, { one: 'Mostrar # más', other: 'Mostrar # más' }),
  'bulkInvite.outcome.sent': 'Enviada',
  'bulkInvite.outcome.skipped': 'Omitida',
  'bulkInvite.outcome.failed': 'Fallida',
  'bulkInvite.reason.no_email': 'Sin dirección de correo electrónico',
  'bulkInvite.reason.seat_limit': 'No quedan puestos en la bolsa de licencias',
  'bulkInvite.reason.already_active': 'Ya activo',
  'bulkInvite.reason.invalid_status': 'Inactivo, bloqueado o cerrado',
  'bulkInvite.reason.not_found': 'Ya no se encuentra',
  'bulkInvite.reason.rate_limited': 'Demasiados correos a esta dirección en poco tiempo',
  'bulkInvite.error.unknownOutcome':
    'El servidor no ha confirmado las invitaciones. Vuelva a intentarlo: se reenvía la misma solicitud, nunca un segundo correo.',
  'bulkInvite.error.send': 'No se han podido enviar las invitaciones.',
  'bulkInvite.error.forbidden': 'No tiene permiso para enviar estas invitaciones.',
  'bulkInvite.error.preview': 'No se han podido contar las invitaciones.',
} satisfies CatalogueOf<typeof bulkInviteBannerEn>;
