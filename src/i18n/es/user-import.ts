import { megabytes } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userImportEn } from '../user-import.js';

export const userImportEs = {
  'userImport.title': ({ kind }) => (kind === 'contacts' ? 'Importar contactos' : 'Importar usuarios'),
  'userImport.noPermission': 'No tiene permiso para importar usuarios en este cliente.',
  'userImport.notConfigured': 'La importación no está conectada a ningún servidor.',

  'userImport.kind.legend': '¿Qué contiene el archivo?',
  'userImport.kind.users': 'Usuarios',
  'userImport.kind.contacts': 'Contactos',

  'userImport.template.title': 'Partir de la plantilla',
  'userImport.template.hint':
    'La primera fila nombra las columnas (LASTNAME, FIRSTNAME, EMAIL…); a continuación hay una fila de ejemplo. La segunda hoja del XLSX explica cada columna y sus valores admitidos.',
  'userImport.template.xlsx': 'Descargar la plantilla (XLSX)',
  'userImport.template.csv': 'Descargar la plantilla (CSV)',
  'userImport.template.preparing': 'Preparando la plantilla…',
  'userImport.template.fileName': ({ kind, format }) => `plantilla-importacion-${kind === 'contacts' ? 'contactos' : 'usuarios'}.${format}`,
  'userImport.template.failed': 'No se ha podido preparar la plantilla. Vuelva a intentarlo.',

  'userImport.file.title': 'Su archivo',
  'userImport.file.hint': ({ maxBytes, maxRows }, t) =>
    `Suelte aquí un archivo CSV o XLSX, o elija uno: como máximo ${megabytes(maxBytes, t)} y ${t.number(maxRows)} filas. Se lee en su navegador; no se envía nada hasta que lo compruebe con el servidor.`,
  'userImport.file.choose': 'Elegir un archivo…',
  'userImport.file.chooseAgain': 'Corregir el archivo y volver a elegirlo…',
  'userImport.file.dragOver': 'Suelte el archivo para leerlo.',
  'userImport.file.picked': ({ name }) => `Leyendo ${name}.`,

  'userImport.refused.title': ({ name }) => `${name} no se puede importar`,
  'userImport.refused.file_too_large': ({ max, found }, t) =>
    found !== undefined
      ? `El archivo pesa ${megabytes(found, t)}; el límite es ${megabytes(max, t)}. Divídalo en archivos más pequeños.`
      : `El archivo supera el límite de ${megabytes(max, t)}. Divídalo en archivos más pequeños.`,
  'userImport.refused.too_many_rows': ({ max, found }, t) =>
    found !== undefined
      ? `El archivo tiene ${t.number(found)} filas; se pueden importar como máximo ${t.number(max)} a la vez. Divídalo en archivos más pequeños.`
      : `El archivo tiene más de ${t.number(max)} filas, el máximo que se puede importar a la vez. Divídalo en archivos más pequeños.`,
  'userImport.refused.uncompressed_too_large': ({ max }, t) =>
    `Este archivo XLSX ocupa más de ${megabytes(max, t)} al descomprimirlo, por lo que se rechaza (podría ser una bomba zip). Vuelva a guardarlo desde su hoja de cálculo, o como CSV.`,
  'userImport.refused.unreadable':
    'No se ha podido leer el archivo: puede que esté dañado o protegido con contraseña. Vuelva a guardarlo como XLSX o CSV.',
  'userImport.refused.empty': 'El archivo está vacío.',
  'userImport.refused.no_header':
    'No hay fila de encabezado: la primera fila debe nombrar las columnas (LASTNAME, FIRSTNAME, EMAIL…). Parta de la plantilla.',
  'userImport.refused.blocked_by_page_policy':
    'La política de seguridad de esta página no permite que se inicie el lector de importación, así que aquí no se puede leer ningún archivo. Avise al equipo del portal: la guía de seguridad del kit indica qué autorizar (la política de Trusted Types suite-kit).',
  'userImport.refused.unsupported_format':
    'Solo se pueden importar archivos CSV y XLSX. Guarde el archivo como XLSX o CSV (no XLS, ODS ni Numbers).',
  'userImport.refused.context': 'No se han podido cargar las agencias y las bolsas de licencias con las que se comprueban las filas.',

  'userImport.progress.reading': 'Leyendo el archivo…',
  'userImport.progress.parsing': 'Leyendo las filas…',
  'userImport.progress.validating': 'Comprobando las filas…',
  'userImport.progress.preparing': 'Cargando las agencias y las bolsas de licencias…',
  'userImport.progress.value': ({ percent }, t) => t.number(percent / 100, { style: 'percent' }),
  'userImport.progress.rows': ({ done, total }, t) => `${t.number(done)} de ${t.number(total)} filas`,
  'userImport.progress.cancel': 'Cancelar',
  'userImport.progress.cancelled': 'Cancelado: el archivo no se ha leído.',
  'userImport.progress.checking': 'Comprobando con el servidor…',
  'userImport.progress.committing': 'Creando los usuarios…',

  'userImport.result.title': ({ name }) => `Resultado de ${name}`,
  'userImport.result.read': ({ count }, t) => t.plural(count, { one: '# fila leída', other: '# filas leídas' }),
  'userImport.result.ok': ({ count }, t) => t.plural(count, { one: '# fila lista', other: '# filas listas' }),
  'userImport.result.withErrors': ({ count }, t) => t.plural(count, { one: '# fila con errores', other: '# filas con errores' }),
  'userImport.result.announce': ({ read, ok, errors }, t) =>
    `${t.plural(read, { one: '# fila leída', other: '# filas leídas' })}: ${t.plural(ok, { one: '# lista', other: '# listas' })}, ${t.plural(
      errors,
      { one: '# con errores', other: '# con errores' },
    )}.`,
  'userImport.result.byKind': 'Errores por tipo',
  'userImport.result.kindCount': ({ kind, count }, t) => `${kind}: ${t.number(count)}`,
  'userImport.result.format': ({ format, encoding, delimiter }) =>
    format === 'csv' ? `CSV, ${encoding}, columnas separadas por ${delimiter}` : 'XLSX, primera hoja',
  'userImport.result.delimiter.comma': 'comas',
  'userImport.result.delimiter.semicolon': 'puntos y comas',
  'userImport.result.delimiter.tab': 'tabulaciones',
  'userImport.headers.summary': ({ mapped, ignored }, t) =>
    `${t.plural(mapped, { one: '# columna reconocida', other: '# columnas reconocidas' })}${
      ignored > 0 ? `, ${t.plural(ignored, { one: '# ignorada', other: '# ignoradas' })}` : ''
    }`,
  'userImport.headers.inFile': 'Encabezado en el archivo',
  'userImport.headers.column': 'Se importa como',
  'userImport.headers.ignored': 'Ignorada',
  'userImport.headers.unknown': ({ names }) => `Columnas desconocidas, ignoradas: ${names}`,
  'userImport.shortfall.title': 'No hay puestos suficientes para todos',
  'userImport.shortfall.item': ({ pool, needed, remaining }, t) =>
    `${pool}: ${t.plural(needed, { one: 'se necesita # puesto', other: 'se necesitan # puestos' })}, ${t.plural(remaining, { one: 'queda #', other: 'quedan #' })}.`,
  'userImport.shortfall.hint':
    'Los usuarios importados quedan pendientes y solo ocupan un puesto una vez invitados: libere puestos o compre licencias antes de invitarlos a todos.',

  'userImport.detail.title': ({ count }, t) => t.plural(count, { one: '# problema que corregir', other: '# problemas que corregir' }),
  'userImport.detail.filterKind': 'Tipo de problema',
  'userImport.detail.filterColumn': 'Columna',
  'userImport.detail.allKinds': 'Todos los tipos',
  'userImport.detail.allColumns': 'Todas las columnas',
  'userImport.detail.option': ({ label, count }, t) => `${label} (${t.number(count)})`,
  'userImport.detail.row': 'Fila',
  'userImport.detail.column': 'Columna',
  'userImport.detail.value': 'Valor',
  'userImport.detail.problem': 'Problema',
  'userImport.detail.empty': '(vacío)',
  'userImport.detail.fromServer': 'detectado por el servidor',
  'userImport.detail.none': 'Ningún problema coincide con estos filtros.',
  'userImport.detail.caption': ({ from, to, total }, t) =>
    `Problemas ${t.number(from)}–${t.number(to)} de ${t.number(total)}`,
  'userImport.detail.pages': 'Páginas de problemas',
  'userImport.detail.previous': 'Página anterior',
  'userImport.detail.next': 'Página siguiente',
  'userImport.detail.download': ({ count }, t) =>
    t.plural(count, { one: 'Descargar este problema (CSV)', other: 'Descargar estos # problemas (CSV)' }),
  'userImport.detail.reportName': ({ name }) => `${name.replace(/\.[^.]*$/, '')}-problemas.csv`,
  'userImport.detail.csvRow': 'Fila',
  'userImport.detail.csvColumn': 'Columna',
  'userImport.detail.csvValue': 'Valor',
  'userImport.detail.csvProblem': 'Problema',
  'userImport.detail.truncated': ({ shown, total }, t) =>
    `El servidor ha listado los ${t.number(shown)} primeros de los ${t.number(total)} problemas que encontró: corríjalos y vuelva a comprobar.`,

  'userImport.kindName.required': 'Celda obligatoria vacía',
  'userImport.kindName.invalid_email': 'Correo electrónico no válido',
  'userImport.kindName.invalid_enum': 'Valor no admitido',
  'userImport.kindName.invalid_date': 'Fecha no válida',
  'userImport.kindName.invalid_login': 'Identificador no válido',
  'userImport.kindName.invalid_phone': 'Teléfono no válido',
  'userImport.kindName.invalid_quota': 'Cuota no válida',
  'userImport.kindName.too_long': 'Demasiado largo',
  'userImport.kindName.duplicate_in_file': 'Duplicado en el archivo',
  'userImport.kindName.duplicate_existing': 'Ya se usa en este cliente',
  'userImport.kindName.mobile_required_for_sms': 'Falta el móvil para el SMS',
  'userImport.kindName.owner_required': 'Falta el propietario',
  'userImport.kindName.owner_unknown': 'Propietario desconocido',
  'userImport.kindName.unknown_agency': 'Agencia desconocida',
  'userImport.kindName.unknown_pool': 'Bolsa de licencias desconocida',
  'userImport.kindName.seat_limit': 'No quedan puestos',
  'userImport.kindName.missing_column': 'Falta una columna',
  'userImport.kindName.other': 'Otro',

  'userImport.cell.required': 'Obligatorio: esta celda está vacía.',
  'userImport.cell.invalid_email': 'No es una dirección de correo electrónico válida (por ejemplo nombre@empresa.com).',
  'userImport.cell.invalid_enum': ({ allowed, format }) =>
    allowed !== undefined
      ? `Valor no admitido: use uno de estos: ${allowed}.`
      : format !== undefined
        ? `Valor no admitido: se espera ${format}.`
        : 'Valor no admitido en esta columna: consulte la segunda hoja de la plantilla.',
  'userImport.cell.invalid_date':
    'No es una fecha real: escriba dd/mm/aaaa, seguido opcionalmente de /hh:mm (01/04/2018/09:30).',
  'userImport.cell.invalid_login': 'No es un identificador válido: solo letras, dígitos, puntos, guiones y guiones bajos.',
  'userImport.cell.invalid_phone': 'No es un número de teléfono válido.',
  'userImport.cell.invalid_quota': 'No es una cuota válida: un número y una unidad, por ejemplo 500 MB o 2 GB.',
  'userImport.cell.too_long': ({ max }, t) =>
    max !== undefined ? `Demasiado largo: como máximo ${t.number(Number(max))} caracteres.` : 'Demasiado largo para esta columna.',
  'userImport.cell.duplicate_in_file': ({ firstRow }, t) =>
    firstRow !== undefined
      ? `Duplicado de la fila ${t.number(Number(firstRow), { useGrouping: false })}.`
      : 'Duplicado de una fila anterior del archivo.',
  'userImport.cell.duplicate_existing': 'Ya lo usa un usuario de este cliente.',
  'userImport.cell.mobile_required_for_sms':
    'Se necesita un número de móvil cuando la autenticación en dos pasos es por SMS.',
  'userImport.cell.owner_required': 'Un contacto necesita el identificador del usuario al que pertenece.',
  'userImport.cell.owner_unknown': 'Ningún usuario tiene este identificador, ni en este cliente ni en este archivo.',
  'userImport.cell.unknown_agency': ({ unknown, reason }) =>
    reason === 'agency_scoped'
      ? `No es una de sus agencias${unknown !== undefined ? `: ${unknown}` : ''}.`
      : unknown !== undefined
        ? `Esta agencia no existe en este cliente: ${unknown}.`
        : 'Agencia desconocida o que no es suya.',
  'userImport.cell.unknown_pool': ({ unknown }) =>
    unknown !== undefined
      ? `Esta bolsa de licencias no existe en este cliente: ${unknown}.`
      : 'Esta bolsa de licencias no existe en este cliente.',
  'userImport.cell.seat_limit': 'No quedan puestos en esta bolsa de licencias.',
  'userImport.cell.missing_column': ({ column }) =>
    `Falta la columna ${column} o está vacía en todas las filas: añádala (consulte la plantilla).`,

  'userImport.server.check': 'Comprobar con el servidor',
  'userImport.server.checkAgain': 'Volver a comprobar con el servidor',
  'userImport.server.checkHint':
    'El servidor vuelve a comprobar las filas y detecta los correos electrónicos e identificadores que ya se usan en este cliente.',
  'userImport.server.validated': ({ count }, t) =>
    t.plural(count, {
      one: 'El servidor no ha encontrado ningún problema: # usuario está listo para crearse.',
      other: 'El servidor no ha encontrado ningún problema: # usuarios están listos para crearse.',
    }),
  'userImport.server.invalid': ({ count }, t) =>
    t.plural(count, { one: 'El servidor ha encontrado problemas en # fila.', other: 'El servidor ha encontrado problemas en # filas.' }),
  'userImport.server.fileErrorsFirst':
    'No se importa nada mientras el archivo tenga errores: se crean todas las filas o ninguna. Corrija el archivo y vuelva a elegirlo.',
  'userImport.server.noValidRow': 'Ninguna fila está lista: corrija el archivo y vuelva a elegirlo.',
  'userImport.server.commit': ({ count }, t) =>
    t.plural(count, { one: 'Crear # usuario como pendiente', other: 'Crear # usuarios como pendientes' }),
  'userImport.server.commitHint':
    'Los usuarios se crean sin invitarlos; después los revisa y envía las invitaciones.',
  'userImport.server.collisions':
    'Desde la comprobación, algunos de estos correos electrónicos o identificadores se han ocupado en este cliente: no se ha importado nada. Corrija el archivo y vuelva a elegirlo.',
  'userImport.server.tooLarge': 'El servidor ha rechazado el archivo por demasiado grande: divídalo en archivos más pequeños.',
  'userImport.server.rejectedRows':
    'El servidor ha rechazado algunas celdas: no se ha importado nada. Corríjalas en el archivo y vuelva a elegirlo.',
  'userImport.server.forbidden': 'No tiene permiso para importar usuarios en este cliente.',
  'userImport.server.alreadyCommitted': 'Esta importación ya se realizó: sus usuarios existen.',
  'userImport.server.expired': 'El servidor ya no conoce esta comprobación: vuelva a comprobar con el servidor.',
  'userImport.server.checkFailed': 'El servidor no ha podido comprobar el archivo.',
  'userImport.server.commitFailed': 'No se han podido crear los usuarios.',
  'userImport.server.unknownOutcome':
    'El servidor no ha confirmado. Vuelva a intentarlo: se reenvía la misma solicitud, nunca una segunda importación.',

  'userImport.done.title': ({ count }, t) =>
    t.plural(count, { one: '# usuario creado como pendiente', other: '# usuarios creados como pendientes' }),
  'userImport.done.hint': 'Todavía no se ha invitado a nadie: revise los nuevos usuarios en la tabla y envíe las invitaciones.',
  'userImport.done.invite': 'Revisar y enviar las invitaciones',
  'userImport.done.another': 'Importar otro archivo',
} satisfies CatalogueOf<typeof userImportEn>;
