import type { CatalogueOf } from '../index.js';
import type { teamCapabilitiesEn } from '../team-capabilities.js';

export const teamCapabilitiesEs = {
  'teamCapabilities.heading': 'Capacidades del equipo',
  'teamCapabilities.loading': 'Cargando las capacidades del equipo…',
  'teamCapabilities.on': 'Activada',
  'teamCapabilities.off': 'Desactivada',
  'teamCapabilities.remoteManagement': 'Gestión remota',
  'teamCapabilities.remoteManagement.description': 'Puede gestionar a distancia los dispositivos del equipo.',
  'teamCapabilities.supportManagement': 'Gestión del soporte',
  'teamCapabilities.supportManagement.description':
    'Convierte al usuario en un operador que atiende las solicitudes de soporte. El número de operadores está limitado por la bolsa de operadores.',
  'teamCapabilities.counter.label': 'Equipo',
  'teamCapabilities.counter.users': 'Usuarios',
  'teamCapabilities.counter.operators': 'Operadores',
  'teamCapabilities.counter.operatorSeats': ({ used, total }, t) => `${t.number(used)} de ${t.number(total)}`,
  'teamCapabilities.counter.uncapped': 'sin límite (no hay bolsa de operadores)',
  'teamCapabilities.poolFull': ({ pool, used, total }, t) =>
    `No se puede activar el soporte: la bolsa de operadores «${pool}» está completa (${t.number(used)} de ${t.number(total)} puestos ocupados). Libere antes un puesto de operador o compre más licencias.`,
  'teamCapabilities.poolOver': ({ pool, count }, t) =>
    `No se puede activar el soporte: la bolsa de operadores «${pool}» supera su límite en ${t.number(count)}. Libere antes puestos de operador o compre más licencias.`,
  'teamCapabilities.readOnly': 'Puede ver estas capacidades, pero no modificarlas.',
  'teamCapabilities.saving': 'Guardando…',
  'teamCapabilities.turnedOn': ({ capability }) => `${capability}: activada.`,
  'teamCapabilities.turnedOff': ({ capability }) => `${capability}: desactivada.`,
  'teamCapabilities.error.seatLimit': ({ pool }) =>
    `No se ha activado el soporte: la bolsa de operadores «${pool}» no tiene puestos libres. Libere un puesto de operador o compre más licencias.`,
  'teamCapabilities.error.seatLimitUnknownPool':
    'No se ha activado el soporte: la bolsa de operadores no tiene puestos libres. Libere un puesto de operador o compre más licencias.',
  'teamCapabilities.error.forbidden':
    'No tiene permiso para modificar las capacidades de este usuario (puede que el usuario esté protegido contra modificaciones).',
  'teamCapabilities.error.save': 'No se ha podido guardar el cambio; no se ha modificado nada.',
  'teamCapabilities.error.load': 'No se han podido cargar las capacidades del equipo.',
  'teamCapabilities.error.notFound': 'Este usuario ya no existe o está fuera de su ámbito.',
} satisfies CatalogueOf<typeof teamCapabilitiesEn>;
