import type { CatalogueOf } from '../index.js';
import type { selfcareDashboardEn } from '../selfcare-dashboard.js';

export const selfcareDashboardEs = {
  'selfcareDashboard.title': 'Mi cuenta',
  'selfcareDashboard.logo': 'Logotipo de la empresa',
  'selfcareDashboard.logoOf': ({ name }) => `Logotipo de ${name}`,
  'selfcareDashboard.message': 'Mensaje',
  'selfcareDashboard.messageLink': 'Más información',
  'selfcareDashboard.newTab': '(se abre en una pestaña nueva)',
  'selfcareDashboard.modules': 'Servicios',
  'selfcareDashboard.noModules': 'Todavía no hay ningún servicio disponible.',
  'selfcareDashboard.loading': 'Cargando su panel…',
  'selfcareDashboard.mobileOffer': 'Novedad: tarifas móviles para todo su equipo.',
  'selfcareDashboard.about.dashboard': 'Su cuenta de un vistazo.',
  'selfcareDashboard.about.my_phones': 'Sus líneas, dispositivos y opciones.',
  'selfcareDashboard.about.my_phones.mobile': 'Añada una línea móvil a su tarifa.',
  'selfcareDashboard.about.documents': 'Facturas, contratos y archivos compartidos.',
  'selfcareDashboard.about.call_management': 'Desvíos, horarios de apertura y reglas de llamada.',
  'selfcareDashboard.about.call_logs': 'Llamadas realizadas, recibidas y perdidas.',
  'selfcareDashboard.about.voicemail': 'Escuche sus mensajes y grabe su saludo.',
  'selfcareDashboard.about.contacts': 'La libreta de direcciones de su empresa.',
  'selfcareDashboard.about.unified_communications': 'Chat, presencia y reuniones en un solo lugar.',
  'error.loadDashboard': 'No se ha podido cargar el panel.',
} satisfies CatalogueOf<typeof selfcareDashboardEn>;
