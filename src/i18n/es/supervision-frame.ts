import type { CatalogueOf } from '../index.js';
import type { supervisionFrameEn } from '../supervision-frame.js';

export const supervisionFrameEs = {
  'supervisionFrame.banner': ({ name }) => `Está supervisando el área personal de ${name}`,
  'supervisionFrame.bannerUnnamed': 'Está supervisando el área personal de un usuario',
  'supervisionFrame.timeLeft': 'Tiempo restante',
  'supervisionFrame.minutesLeft': ({ minutes }, t) =>
    t.plural(minutes, {
      one: 'Queda # minuto de la sesión de supervisión.',
      other: 'Quedan # minutos de la sesión de supervisión.',
    }),
  'supervisionFrame.exit': 'Salir',
  'supervisionFrame.exitLabel': ({ name }) => `Salir de la supervisión de ${name}`,
  'supervisionFrame.exitLabelUnnamed': 'Salir de la supervisión',
  'supervisionFrame.exiting': 'Terminando la supervisión…',
  'supervisionFrame.endFailed': 'No se ha podido terminar la supervisión: sigue en curso.',
  'supervisionFrame.closed': 'La supervisión ha terminado.',
  'supervisionFrame.expired': ({ minutes }) => `La sesión de supervisión ha terminado: el límite es de ${minutes} minutos.`,
  'supervisionFrame.revoked':
    'La sesión de supervisión ya no es válida: se terminó en otro lugar o la cuenta ya no se puede supervisar.',
  'supervisionFrame.close': 'Cerrar',
  'supervisionFrame.notConfigured': 'La supervisión no se puede abrir: la sesión no tiene token o el marco no tiene base-url.',
  'supervisionFrame.loadingUser': 'Cargando el usuario…',
  'supervisionFrame.loadUserFailed': 'No se ha podido cargar el usuario.',
  'supervisionFrame.account': 'Cuenta',
  'supervisionFrame.field.name': 'Nombre',
  'supervisionFrame.field.email': 'Correo electrónico',
  'supervisionFrame.field.mobile': 'Móvil',
  'supervisionFrame.field.mailLanguage': 'Idioma de los correos',
  'supervisionFrame.none': 'Ninguno',
  'supervisionFrame.saveMailLanguage': 'Guardar el idioma de los correos',
  'supervisionFrame.saving': 'Guardando…',
  'supervisionFrame.saved': 'Se ha guardado el idioma de los correos.',
  'supervisionFrame.saveFailed': 'No se ha podido guardar el idioma de los correos.',
  'supervisionFrame.refusedByServer':
    'No permitido durante una supervisión: el servidor ha rechazado este cambio. Solo el usuario puede hacerlo.',
  'supervisionFrame.action.password': 'Cambiar la contraseña',
  'supervisionFrame.action.email': 'Cambiar el correo electrónico',
  'supervisionFrame.action.two_factor': 'Autenticación en dos pasos',
  'supervisionFrame.action.delete': 'Eliminar la cuenta',
  'supervisionFrame.blocked.password': 'No permitido durante una supervisión: solo el usuario cambia su contraseña.',
  'supervisionFrame.blocked.email':
    'No permitido durante una supervisión: solo el usuario cambia el correo electrónico con el que inicia sesión.',
  'supervisionFrame.blocked.two_factor': 'No permitido durante una supervisión: solo el usuario cambia cómo se protege su cuenta.',
  'supervisionFrame.blocked.delete':
    'No permitido durante una supervisión: la cuenta no se puede eliminar desde dentro de una supervisión.',
  'supervisionFrame.frameTitle': ({ name }) => `Área personal de ${name}`,
  'supervisionFrame.frameTitleUnnamed': 'Área personal del usuario',
  'supervisionFrame.refused.invalid_url': 'El área personal no se puede abrir: su dirección (src) no es una URL válida.',
  'supervisionFrame.refused.insecure':
    'El área personal no se puede abrir: su dirección debe usar https; de lo contrario, el token de supervisión podría leerse por el camino.',
  'supervisionFrame.refused.same_origin':
    'El área personal no se puede abrir: tiene el mismo origen que esta página, así que podría leer el token de supervisión y actuar más allá de él. Sírvala desde su propio origen.',
  'supervisionFrame.refused.page_policy': ({ origin }) =>
    `El área personal no se puede abrir: la Content-Security-Policy de este portal no permite ${origin} en frame-src. Pida a los administradores del portal que lo añadan.`,
} satisfies CatalogueOf<typeof supervisionFrameEn>;
