import type { CatalogueOf } from '../index.js';
import type { importTemplateEn } from '../import-template.js';

export const importTemplateEs = {
  'importTemplate.sheet.users': 'Usuarios',
  'importTemplate.sheet.contacts': 'Contactos',
  'importTemplate.sheet.help': 'Columnas',
  'importTemplate.help.column': 'Columna',
  'importTemplate.help.meaning': 'Significado',
  'importTemplate.help.required': 'Obligatorio',
  'importTemplate.help.allowed': 'Valores admitidos',
  'importTemplate.help.format': 'Formato',

  'importTemplate.required.yes': 'Sí',
  'importTemplate.required.no': 'No',
  'importTemplate.required.agencyScoped': 'Sí, si su cuenta solo gestiona algunas agencias',
  'importTemplate.required.sms': 'Sí, cuando TFA es SMS',
  'importTemplate.required.contact': 'Sí, para un contacto (ACCOUNT_TYPE CONTACT)',
  'importTemplate.whenEmpty': 'Si está vacío:',
  'importTemplate.anyText': 'Texto libre',
  'importTemplate.list': 'Varios valores separados por comas',

  'importTemplate.meaning.LASTNAME': 'Apellidos',
  'importTemplate.meaning.FIRSTNAME': 'Nombre',
  'importTemplate.meaning.EMAIL':
    'Dirección de correo electrónico, única en el cliente (sin distinguir mayúsculas y minúsculas); las invitaciones se envían a ella',
  'importTemplate.meaning.LOGIN': 'Identificador de inicio de sesión, único en el cliente',
  'importTemplate.meaning.STATUS': 'Estado tras la importación: los usuarios importados esperan su invitación',
  'importTemplate.meaning.ROLE': 'Rol en la administración',
  'importTemplate.meaning.MAIL_LANGUAGE': 'Idioma de los correos que recibe la persona',
  'importTemplate.meaning.FUNCTION': 'Cargo',
  'importTemplate.meaning.COMPANY': 'Empresa',
  'importTemplate.meaning.DEPARTMENT': 'Departamento',
  'importTemplate.meaning.PHONE': 'Teléfono fijo',
  'importTemplate.meaning.MOBILE': 'Teléfono móvil (recibe los códigos de la autenticación en dos pasos por SMS)',
  'importTemplate.meaning.ADDRESS': 'Dirección postal',
  'importTemplate.meaning.ZIP': 'Código postal',
  'importTemplate.meaning.CITY': 'Ciudad',
  'importTemplate.meaning.COUNTRY': 'País',
  'importTemplate.meaning.BIOGRAPHY': 'Unas palabras sobre la persona',
  'importTemplate.meaning.AGENCIES': 'Agencias a las que pertenece la persona',
  'importTemplate.meaning.LICENCE_POOL': 'Bolsas de licencias en las que la persona ocupa un puesto una vez invitada',
  'importTemplate.meaning.ACCOUNT_TYPE':
    'Un usuario inicia sesión; un contacto es una entrada de la libreta de direcciones que nunca inicia sesión',
  'importTemplate.meaning.OWNER_LOGIN':
    'Identificador del usuario propietario del contacto (un usuario existente o una fila de usuario de este archivo)',
  'importTemplate.meaning.VISIBILITY_SCOPE':
    'Quién ve a la persona en el directorio: todo el mundo, o solo su propietario y los administradores',
  'importTemplate.meaning.MODIFICATION_PREVENTION':
    'Protege la cuenta: solo el superadministrador o el partner pueden modificarla',
  'importTemplate.meaning.TFA': 'Autenticación en dos pasos al iniciar sesión',
  'importTemplate.meaning.SUSPENSION_DATE': 'La cuenta pasa a estar inactiva en esta fecha (UTC)',
  'importTemplate.meaning.EXPIRATION_MODE': 'Caducidad de la contraseña: la política del cliente, o nunca',
  'importTemplate.meaning.CREATION_NOTIFICATION': 'Avisar a la persona cuando se crea su cuenta',
  'importTemplate.meaning.STORAGE_QUOTA': 'Espacio de almacenamiento',
  'importTemplate.meaning.BACKUP_QUOTA': 'Espacio de copia de seguridad',

  'importTemplate.format.name': 'Texto, de 1 a 100 caracteres',
  'importTemplate.format.email': 'nombre@dominio.com',
  'importTemplate.format.login':
    'apellido.nombre, nombre.apellido o nombre.apellido@empresa.com (letras, dígitos, guion, apóstrofo)',
  'importTemplate.format.status':
    'Dejar vacío: todo usuario importado se crea como pendiente y se invita después de revisarlo',
  'importTemplate.format.phone':
    'Dígitos, espacios, puntos, guiones y paréntesis, de 6 a 24 caracteres, p. ej. 01 23 45 67 89',
  'importTemplate.format.country': 'Código de dos letras (ISO 3166-1), p. ej. ES, FR, MX',
  'importTemplate.format.agencies': 'Nombres (o identificadores) de agencias del cliente, p. ej. Lyon, Lille',
  'importTemplate.format.pools': 'Claves, nombres o identificadores de bolsas del cliente, p. ej. core',
  'importTemplate.format.owner': 'Un identificador, p. ej. jeanne.martin',
  'importTemplate.format.yesNo': 'YES o NO (también se leen OUI, NON, TRUE, FALSE, 1 y 0)',
  'importTemplate.format.date': 'dd/mm/aaaa, seguido opcionalmente de /hh:mm: 01/04/2018 es el 1 de abril de 2018',
  'importTemplate.format.quota': 'Un número y una unidad (KB, MB, GB, TB), p. ej. 10GB o 512 MB',
  'importTemplate.format.backupQuota': 'Un número y una unidad (KB, MB, GB, TB), como mínimo 1GB, p. ej. 50GB',
  'importTemplate.format.maxLength': ({ max }) => `Texto, como máximo ${max} caracteres`,

  'importTemplate.example.function': 'Contable',
  'importTemplate.example.department': 'Finanzas',
  'importTemplate.example.biography': 'En la empresa desde 2018.',
  'importTemplate.example.contactFunction': 'Comercial',
} satisfies CatalogueOf<typeof importTemplateEn>;
