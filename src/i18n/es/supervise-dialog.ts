import type { CatalogueOf } from '../index.js';
import type { superviseDialogEn } from '../supervise-dialog.js';

export const superviseDialogEs = {
  'superviseDialog.title': ({ name }) => `Supervisar el área personal de ${name}`,
  'superviseDialog.intro': ({ name }) =>
    `Verá el área personal de ${name} tal como la ve esa persona, para mostrarle cómo hacer algo.`,
  'superviseDialog.rules': ({ minutes }, t) =>
    `La sesión dura como máximo ${t.number(minutes)} minutos y queda registrada en el registro de auditoría con su motivo. ` +
    'Durante la supervisión no se puede cambiar la contraseña, el correo electrónico ni la autenticación en dos pasos, ni eliminar la cuenta.',
  'superviseDialog.reason': 'Motivo',
  'superviseDialog.reasonHint': 'Obligatorio. Se registra con la sesión, para el usuario y para las auditorías.',
  'superviseDialog.reasonCount': ({ count, max }, t) => `${t.number(count)} / ${t.number(max)}`,
  'superviseDialog.error.reasonRequired': 'Indique un motivo: se registra con la sesión.',
  'superviseDialog.error.reasonTooLong': ({ max }, t) => `El motivo es demasiado largo: como máximo ${t.number(max)} caracteres.`,
  'superviseDialog.start': 'Iniciar la supervisión',
  'superviseDialog.starting': 'Iniciando…',
  'superviseDialog.cancel': 'Cancelar',
  'superviseDialog.close': 'Cerrar',
  'superviseDialog.refusal.self': 'No puede supervisar su propia cuenta.',
  'superviseDialog.refusal.admin': 'Los administradores no se pueden supervisar.',
  'superviseDialog.refusal.banned': 'Este usuario está bloqueado: una cuenta bloqueada no se puede supervisar.',
  'superviseDialog.refusal.closed': 'Esta cuenta está cerrada: una cuenta cerrada no se puede supervisar.',
  'superviseDialog.refusal.not_activated':
    'Este usuario todavía no ha activado su cuenta: solo se puede supervisar una cuenta activa.',
  'superviseDialog.refusal.inactive': 'Esta cuenta está desactivada: solo se puede supervisar una cuenta activa.',
  'superviseDialog.refusal.already_supervising':
    'Ya está supervisando a un usuario (quizá en otra pestaña). Termine antes esa sesión; en todo caso, termina sola al cabo de 30 minutos como máximo.',
  'superviseDialog.endOpenSession': 'Terminar esa sesión e iniciar esta',
  'superviseDialog.refusal.nested': 'Está supervisando: no se puede iniciar una supervisión dentro de otra.',
  'superviseDialog.error.forbidden': 'Su rol no permite supervisar usuarios.',
  'superviseDialog.error.notFound': 'Este usuario ya no está a su alcance (se ha eliminado o ha salido de su ámbito).',
  'superviseDialog.error.failed': 'No se ha podido iniciar la supervisión.',
  'superviseDialog.error.unknownOutcome':
    'El servidor no respondió a tiempo: puede que la sesión se haya iniciado. Si aparece «Ya está supervisando», la sesión termina sola en 30 minutos como máximo.',
} satisfies CatalogueOf<typeof superviseDialogEn>;
