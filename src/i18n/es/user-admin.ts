import type { CatalogueOf } from '../index.js';
import type { userAdminEn } from '../user-admin.js';

export const userAdminEs = {
  'userAdmin.title': 'Usuarios',
  'userAdmin.loading': 'Cargando la administración…',
  'userAdmin.notConfigured': 'Indique base-url y un token (o un objeto api) y client-id para mostrar los usuarios.',
  'userAdmin.inviteAll': 'Invitar a todos los usuarios',
  'userAdmin.inviteMatching': ({ count }, t) =>
    t.plural(count, { one: 'Invitar al usuario seleccionado', other: 'Invitar a los # usuarios seleccionados' }),
  'userAdmin.panelTitle': 'Detalles del usuario',
  'userAdmin.closePanel': 'Cerrar los detalles del usuario',
  'userAdmin.signedInAs': ({ name }) => `Sesión iniciada como ${name}`,
  'userAdmin.noAccess': 'Su cuenta no puede ver los usuarios de este cliente.',
  'error.loadAdmin': 'No se ha podido cargar su cuenta de administrador.',

  'userAdmin.export.open': 'Exportar',
  'userAdmin.import.open': 'Importar usuarios',
  'userAdmin.import.close': 'Cerrar la importación',
  'userAdmin.import.loading': 'Cargando la importación…',
  'userAdmin.import.loadFailed': 'No se ha podido cargar la importación.',
  'userAdmin.supervision.exit': ({ name }) => `Ha terminado la supervisión del área personal de ${name}.`,
  'userAdmin.supervision.expired': ({ name }) =>
    `Ha terminado la supervisión del área personal de ${name}: se han agotado los 30 minutos.`,
  'userAdmin.supervision.revoked': ({ name }) =>
    `Ha terminado la supervisión del área personal de ${name}: el servidor cerró la sesión (se terminó en otro lugar o la cuenta cambió).`,
} satisfies CatalogueOf<typeof userAdminEn>;
