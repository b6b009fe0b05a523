import { megabytes } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userImportEn } from '../user-import.js';

export const userImportFr = {
  'userImport.title': ({ kind }) => (kind === 'contacts' ? 'Importer des contacts' : 'Importer des utilisateurs'),
  'userImport.noPermission': 'Vous n’avez pas le droit d’importer des utilisateurs pour ce client.',
  'userImport.notConfigured': 'L’import n’est relié à aucun serveur.',

  'userImport.kind.legend': 'Que contient le fichier\u00a0?',
  'userImport.kind.users': 'Des utilisateurs',
  'userImport.kind.contacts': 'Des contacts',

  'userImport.template.title': 'Partir du modèle',
  'userImport.template.hint':
    'La première ligne nomme les colonnes (LASTNAME, FIRSTNAME, EMAIL…)\u00a0; une ligne d’exemple suit. La seconde feuille du XLSX explique chaque colonne et ses valeurs permises.',
  'userImport.template.xlsx': 'Télécharger le modèle (XLSX)',
  'userImport.template.csv': 'Télécharger le modèle (CSV)',
  'userImport.template.preparing': 'Préparation du modèle…',
  'userImport.template.fileName': ({ kind, format }) => `modele-import-${kind === 'contacts' ? 'contacts' : 'utilisateurs'}.${format}`,
  'userImport.template.failed': 'Le modèle n’a pas pu être préparé. Réessayez.',

  'userImport.file.title': 'Votre fichier',
  'userImport.file.hint': ({ maxBytes, maxRows }, t) =>
    `Déposez ici un fichier CSV ou XLSX, ou choisissez-en un\u00a0: ${megabytes(maxBytes, t)} et ${t.number(maxRows)} lignes au plus. Il est lu dans votre navigateur\u00a0; rien n’est envoyé avant la vérification par le serveur.`,
  'userImport.file.choose': 'Choisir un fichier…',
  'userImport.file.chooseAgain': 'Corriger le fichier et le choisir à nouveau…',
  'userImport.file.dragOver': 'Déposez le fichier pour le lire.',
  'userImport.file.picked': ({ name }) => `Lecture de ${name}.`,

  'userImport.refused.title': ({ name }) => `${name} ne peut pas être importé`,
  'userImport.refused.file_too_large': ({ max, found }, t) =>
    found !== undefined
      ? `Le fichier pèse ${megabytes(found, t)}\u00a0; la limite est de ${megabytes(max, t)}. Découpez-le en fichiers plus petits.`
      : `Le fichier dépasse la limite de ${megabytes(max, t)}. Découpez-le en fichiers plus petits.`,
  'userImport.refused.too_many_rows': ({ max, found }, t) =>
    found !== undefined
      ? `Le fichier compte ${t.number(found)} lignes\u00a0; ${t.number(max)} au plus peuvent être importées à la fois. Découpez-le en fichiers plus petits.`
      : `Le fichier dépasse ${t.number(max)} lignes, le maximum importable à la fois. Découpez-le en fichiers plus petits.`,
  'userImport.refused.uncompressed_too_large': ({ max }, t) =>
    `Ce fichier XLSX se décompresse en plus de ${megabytes(max, t)}\u00a0: il est refusé (ce pourrait être une bombe zip). Enregistrez-le à nouveau depuis votre tableur, ou en CSV.`,
  'userImport.refused.unreadable':
    'Le fichier n’a pas pu être lu\u00a0: il est peut-être abîmé ou protégé par un mot de passe. Enregistrez-le à nouveau en XLSX ou en CSV.',
  'userImport.refused.empty': 'Le fichier est vide.',
  'userImport.refused.no_header':
    'Aucune ligne d’en-tête\u00a0: la première ligne doit nommer les colonnes (LASTNAME, FIRSTNAME, EMAIL…). Partez du modèle.',
  'userImport.refused.blocked_by_page_policy':
    'La politique de sécurité de cette page empêche le lecteur d’import de démarrer\u00a0: aucun fichier ne peut être lu ici. Prévenez l’équipe du portail\u00a0: le guide de sécurité du kit indique quoi autoriser (la politique Trusted Types suite-kit).',
  'userImport.refused.unsupported_format':
    'Seuls les fichiers CSV et XLSX peuvent être importés. Enregistrez le fichier en XLSX ou en CSV (pas en XLS, ODS ni Numbers).',
  'userImport.refused.context': 'Les agences et pools de licences servant à vérifier les lignes n’ont pas pu être chargés.',

  'userImport.progress.reading': 'Lecture du fichier…',
  'userImport.progress.parsing': 'Lecture des lignes…',
  'userImport.progress.validating': 'Vérification des lignes…',
  'userImport.progress.preparing': 'Chargement des agences et des pools de licences…',
  'userImport.progress.value': ({ percent }, t) => t.number(percent / 100, { style: 'percent' }),
  'userImport.progress.rows': ({ done, total }, t) => `${t.number(done)} lignes sur ${t.number(total)}`,
  'userImport.progress.cancel': 'Annuler',
  'userImport.progress.cancelled': 'Annulé\u00a0: le fichier n’a pas été lu.',
  'userImport.progress.checking': 'Vérification par le serveur…',
  'userImport.progress.committing': 'Création des utilisateurs…',

  'userImport.result.title': ({ name }) => `Résultat pour ${name}`,
  'userImport.result.read': ({ count }, t) => t.plural(count, { one: '# ligne lue', other: '# lignes lues' }),
  'userImport.result.ok': ({ count }, t) => t.plural(count, { one: '# ligne prête', other: '# lignes prêtes' }),
  'userImport.result.withErrors': ({ count }, t) => t.plural(count, { one: '# ligne en erreur', other: '# lignes en erreur' }),
  'userImport.result.announce': ({ read, ok, errors }, t) =>
    `${t.plural(read, { one: '# ligne lue', other: '# lignes lues' })}\u00a0: ${t.plural(ok, { one: '# prête', other: '# prêtes' })}, ${t.plural(
      errors,
      { one: '# en erreur', other: '# en erreur' },
    )}.`,
  'userImport.result.byKind': 'Erreurs par type',
  'userImport.result.kindCount': ({ kind, count }, t) => `${kind}\u00a0: ${t.number(count)}`,
  'userImport.result.format': ({ format, encoding, delimiter }) =>
    format === 'csv' ? `CSV, ${encoding}, colonnes séparées par des ${delimiter}` : 'XLSX, première feuille',
  'userImport.result.delimiter.comma': 'virgules',
  'userImport.result.delimiter.semicolon': 'points-virgules',
  'userImport.result.delimiter.tab': 'tabulations',
  'userImport.headers.summary': ({ mapped, ignored }, t) =>
    `${t.plural(mapped, { one: '# colonne reconnue', other: '# colonnes reconnues' })}${
      ignored > 0 ? `, ${t.plural(ignored, { one: '# ignorée', other: '# ignorées' })}` : ''
    }`,
  'userImport.headers.inFile': 'En-tête dans le fichier',
  'userImport.headers.column': 'Importé comme',
  'userImport.headers.ignored': 'Ignorée',
  'userImport.headers.unknown': ({ names }) => `Colonnes inconnues, ignorées\u00a0: ${names}`,
  'userImport.shortfall.title': 'Pas assez de places pour tout le monde',
  'userImport.shortfall.item': ({ pool, needed, remaining }, t) =>
    `${pool}\u00a0: ${t.plural(needed, { one: '# place nécessaire', other: '# places nécessaires' })}, ${t.plural(remaining, { one: '# restante', other: '# restantes' })}.`,
  'userImport.shortfall.hint':
    'Les utilisateurs importés sont en attente et n’occupent une place qu’une fois invités\u00a0: libérez des places ou achetez des licences avant de tous les inviter.',

  'userImport.detail.title': ({ count }, t) => t.plural(count, { one: '# problème à corriger', other: '# problèmes à corriger' }),
  'userImport.detail.filterKind': 'Type de problème',
  'userImport.detail.filterColumn': 'Colonne',
  'userImport.detail.allKinds': 'Tous les types',
  'userImport.detail.allColumns': 'Toutes les colonnes',
  'userImport.detail.option': ({ label, count }, t) => `${label} (${t.number(count)})`,
  'userImport.detail.row': 'Ligne',
  'userImport.detail.column': 'Colonne',
  'userImport.detail.value': 'Valeur',
  'userImport.detail.problem': 'Problème',
  'userImport.detail.empty': '(vide)',
  'userImport.detail.fromServer': 'trouvé par le serveur',
  'userImport.detail.none': 'Aucun problème ne correspond à ces filtres.',
  'userImport.detail.caption': ({ from, to, total }, t) => `Problèmes ${t.number(from)} à ${t.number(to)} sur ${t.number(total)}`,
  'userImport.detail.pages': 'Pages de problèmes',
  'userImport.detail.previous': 'Page précédente',
  'userImport.detail.next': 'Page suivante',
  'userImport.detail.download': ({ count }, t) =>
    t.plural(count, { one: 'Télécharger ce problème (CSV)', other: 'Télécharger ces # problèmes (CSV)' }),
  'userImport.detail.reportName': ({ name }) => `${name.replace(/\.[^.]*$/, '')}-problemes.csv`,
  'userImport.detail.csvRow': 'Ligne',
  'userImport.detail.csvColumn': 'Colonne',
  'userImport.detail.csvValue': 'Valeur',
  'userImport.detail.csvProblem': 'Problème',
  'userImport.detail.truncated': ({ shown, total }, t) =>
    `Le serveur a listé les ${t.number(shown)} premiers des ${t.number(total)} problèmes trouvés\u00a0: corrigez-les, puis vérifiez à nouveau.`,

  'userImport.kindName.required': 'Cellule obligatoire vide',
  'userImport.kindName.invalid_email': 'E-mail invalide',
  'userImport.kindName.invalid_enum': 'Valeur non permise',
  'userImport.kindName.invalid_date': 'Date invalide',
  'userImport.kindName.invalid_login': 'Identifiant invalide',
  'userImport.kindName.invalid_phone': 'Téléphone invalide',
  'userImport.kindName.invalid_quota': 'Quota invalide',
  'userImport.kindName.too_long': 'Trop long',
  'userImport.kindName.duplicate_in_file': 'Doublon dans le fichier',
  'userImport.kindName.duplicate_existing': 'Déjà utilisé dans ce client',
  'userImport.kindName.mobile_required_for_sms': 'Mobile manquant pour le SMS',
  'userImport.kindName.owner_required': 'Propriétaire manquant',
  'userImport.kindName.owner_unknown': 'Propriétaire inconnu',
  'userImport.kindName.unknown_agency': 'Agence inconnue',
  'userImport.kindName.unknown_pool': 'Pool de licences inconnu',
  'userImport.kindName.seat_limit': 'Plus de place',
  'userImport.kindName.missing_column': 'Colonne manquante',
  'userImport.kindName.other': 'Autre',

  'userImport.cell.required': 'Obligatoire\u00a0: cette cellule est vide.',
  'userImport.cell.invalid_email': 'Adresse e-mail invalide (par exemple nom@entreprise.fr).',
  'userImport.cell.invalid_enum': ({ allowed, format }) =>
    allowed !== undefined
      ? `Valeur non permise\u00a0: utilisez l’une de ${allowed}.`
      : format !== undefined
        ? `Valeur non permise\u00a0: format attendu ${format}.`
        : 'Valeur non permise pour cette colonne\u00a0: voir la seconde feuille du modèle.',
  'userImport.cell.invalid_date': 'Date invalide\u00a0: écrivez jj/mm/aaaa, éventuellement suivi de /hh:mm (01/04/2018/09:30).',
  'userImport.cell.invalid_login': 'Identifiant invalide\u00a0: lettres, chiffres, points, tirets et tirets bas seulement.',
  'userImport.cell.invalid_phone': 'Numéro de téléphone invalide.',
  'userImport.cell.invalid_quota': 'Quota invalide\u00a0: un nombre et une unité, par exemple 500 Mo ou 2 Go.',
  'userImport.cell.too_long': ({ max }, t) =>
    max !== undefined ? `Trop long\u00a0: ${t.number(Number(max))} caractères au plus.` : 'Trop long pour cette colonne.',
  'userImport.cell.duplicate_in_file': ({ firstRow }, t) =>
    firstRow !== undefined ? `Doublon de la ligne ${t.number(Number(firstRow), { useGrouping: false })}.` : 'Doublon d’une ligne précédente du fichier.',
  'userImport.cell.duplicate_existing': 'Déjà utilisé par un utilisateur de ce client.',
  'userImport.cell.mobile_required_for_sms': 'Un numéro de mobile est obligatoire quand la double authentification se fait par SMS.',
  'userImport.cell.owner_required': 'Un contact doit porter l’identifiant de l’utilisateur à qui il appartient.',
  'userImport.cell.owner_unknown': 'Aucun utilisateur n’a cet identifiant, ni dans ce client ni dans ce fichier.',
  'userImport.cell.unknown_agency': ({ unknown, reason }) =>
    reason === 'agency_scoped'
      ? `Hors de vos agences${unknown !== undefined ? `\u00a0: ${unknown}` : ''}.`
      : unknown !== undefined
        ? `Aucune agence de ce nom dans ce client\u00a0: ${unknown}.`
        : 'Agence inconnue, ou hors de votre périmètre.',
  'userImport.cell.unknown_pool': ({ unknown }) =>
    unknown !== undefined ? `Aucun pool de licences de ce nom dans ce client\u00a0: ${unknown}.` : 'Aucun pool de licences de ce nom dans ce client.',
  'userImport.cell.seat_limit': 'Plus aucune place dans ce pool de licences.',
  'userImport.cell.missing_column': ({ column }) => `La colonne ${column} manque, ou est vide sur toutes les lignes\u00a0: ajoutez-la (voir le modèle).`,

  'userImport.server.check': 'Vérifier avec le serveur',
  'userImport.server.checkAgain': 'Vérifier à nouveau avec le serveur',
  'userImport.server.checkHint': 'Le serveur vérifie à nouveau les lignes et trouve les e-mails et identifiants déjà utilisés dans ce client.',
  'userImport.server.validated': ({ count }, t) =>
    t.plural(count, {
      one: 'Le serveur n’a trouvé aucun problème\u00a0: # utilisateur est prêt à être créé.',
      other: 'Le serveur n’a trouvé aucun problème\u00a0: # utilisateurs sont prêts à être créés.',
    }),
  'userImport.server.invalid': ({ count }, t) =>
    t.plural(count, { one: 'Le serveur a trouvé des problèmes sur # ligne.', other: 'Le serveur a trouvé des problèmes sur # lignes.' }),
  'userImport.server.fileErrorsFirst':
    'Rien n’est importé tant que le fichier contient des erreurs\u00a0: toutes les lignes sont créées, ou aucune. Corrigez le fichier et choisissez-le à nouveau.',
  'userImport.server.noValidRow': 'Aucune ligne n’est prête\u00a0: corrigez le fichier et choisissez-le à nouveau.',
  'userImport.server.commit': ({ count }, t) =>
    t.plural(count, { one: 'Créer # utilisateur en attente', other: 'Créer # utilisateurs en attente' }),
  'userImport.server.commitHint': 'Les utilisateurs sont créés sans être invités\u00a0; vous les relisez puis envoyez les invitations ensuite.',
  'userImport.server.collisions':
    'Depuis la vérification, certains de ces e-mails ou identifiants ont été pris dans ce client\u00a0: rien n’a été importé. Corrigez le fichier et choisissez-le à nouveau.',
  'userImport.server.tooLarge': 'Le serveur a refusé le fichier, trop volumineux\u00a0: découpez-le en fichiers plus petits.',
  'userImport.server.rejectedRows':
    'Le serveur a refusé certaines cellules\u00a0: rien n’a été importé. Corrigez-les dans le fichier et choisissez-le à nouveau.',
  'userImport.server.forbidden': 'Vous n’avez pas le droit d’importer des utilisateurs pour ce client.',
  'userImport.server.alreadyCommitted': 'Cet import a déjà été validé\u00a0: ses utilisateurs existent.',
  'userImport.server.expired': 'Le serveur ne connaît plus cette vérification\u00a0: vérifiez à nouveau avec le serveur.',
  'userImport.server.checkFailed': 'Le serveur n’a pas pu vérifier le fichier.',
  'userImport.server.commitFailed': 'Les utilisateurs n’ont pas pu être créés.',
  'userImport.server.unknownOutcome': 'Le serveur n’a pas confirmé. Réessayez\u00a0: la même demande est renvoyée, jamais un second import.',

  'userImport.done.title': ({ count }, t) =>
    t.plural(count, { one: '# utilisateur créé en attente', other: '# utilisateurs créés en attente' }),
  'userImport.done.hint': 'Personne n’a encore été invité\u00a0: relisez les nouveaux utilisateurs dans la liste, puis envoyez les invitations.',
  'userImport.done.invite': 'Relire et envoyer les invitations',
  'userImport.done.another': 'Importer un autre fichier',
} satisfies CatalogueOf<typeof userImportEn>;
