import type { CatalogueOf } from '../index.js';
import type { importTemplateEn } from '../import-template.js';

export const importTemplateIt = {
  'importTemplate.sheet.users': 'Utenti',
  'importTemplate.sheet.contacts': 'Contatti',
  'importTemplate.sheet.help': 'Colonne',
  'importTemplate.help.column': 'Colonna',
  'importTemplate.help.meaning': 'Significato',
  'importTemplate.help.required': 'Obbligatoria',
  'importTemplate.help.allowed': 'Valori ammessi',
  'importTemplate.help.format': 'Formato',

  'importTemplate.required.yes': 'Sì',
  'importTemplate.required.no': 'No',
  'importTemplate.required.agencyScoped': 'Sì, se il suo account gestisce solo alcune agenzie',
  'importTemplate.required.sms': 'Sì, quando TFA è SMS',
  'importTemplate.required.contact': 'Sì, per un contatto (ACCOUNT_TYPE CONTACT)',
  'importTemplate.whenEmpty': 'Se vuota:',
  'importTemplate.anyText': 'Testo libero',
  'importTemplate.list': 'Più valori separati da virgole',

  'importTemplate.meaning.LASTNAME': 'Cognome',
  'importTemplate.meaning.FIRSTNAME': 'Nome',
  'importTemplate.meaning.EMAIL':
    'Indirizzo email, univoco nel cliente (senza distinzione tra maiuscole e minuscole); gli inviti vengono inviati a questo indirizzo',
  'importTemplate.meaning.LOGIN': 'Nome utente per l’accesso, univoco nel cliente',
  'importTemplate.meaning.STATUS': 'Stato dopo l’importazione: gli utenti importati attendono il loro invito',
  'importTemplate.meaning.ROLE': 'Ruolo nell’amministrazione',
  'importTemplate.meaning.MAIL_LANGUAGE': 'Lingua delle email che la persona riceve',
  'importTemplate.meaning.FUNCTION': 'Qualifica',
  'importTemplate.meaning.COMPANY': 'Azienda',
  'importTemplate.meaning.DEPARTMENT': 'Reparto',
  'importTemplate.meaning.PHONE': 'Telefono fisso',
  'importTemplate.meaning.MOBILE': 'Cellulare (riceve i codici dell’autenticazione a due fattori via SMS)',
  'importTemplate.meaning.ADDRESS': 'Indirizzo postale',
  'importTemplate.meaning.ZIP': 'CAP',
  'importTemplate.meaning.CITY': 'Città',
  'importTemplate.meaning.COUNTRY': 'Paese',
  'importTemplate.meaning.BIOGRAPHY': 'Qualche parola sulla persona',
  'importTemplate.meaning.AGENCIES': 'Agenzie a cui appartiene la persona',
  'importTemplate.meaning.LICENCE_POOL': 'Pool di licenze in cui la persona occupa un posto una volta invitata',
  'importTemplate.meaning.ACCOUNT_TYPE': 'Un utente accede; un contatto è una voce della rubrica che non accede mai',
  'importTemplate.meaning.OWNER_LOGIN':
    'Nome utente dell’utente proprietario del contatto (un utente esistente o una riga utente di questo file)',
  'importTemplate.meaning.VISIBILITY_SCOPE':
    'Chi vede la persona nella directory: tutti, oppure solo il suo proprietario e gli amministratori',
  'importTemplate.meaning.MODIFICATION_PREVENTION':
    'Protegge l’account: solo il super amministratore o il partner possono modificarlo',
  'importTemplate.meaning.TFA': 'Autenticazione a due fattori all’accesso',
  'importTemplate.meaning.SUSPENSION_DATE': 'L’account diventa inattivo in questa data (UTC)',
  'importTemplate.meaning.EXPIRATION_MODE': 'Scadenza della password: il criterio del cliente, oppure mai',
  'importTemplate.meaning.CREATION_NOTIFICATION': 'Avvisare la persona quando l’account viene creato',
  'importTemplate.meaning.STORAGE_QUOTA': 'Spazio di archiviazione',
  'importTemplate.meaning.BACKUP_QUOTA': 'Spazio di backup',

  'importTemplate.format.name': 'Testo, da 1 a 100 caratteri',
  'importTemplate.format.email': 'nome@dominio.it',
  'importTemplate.format.login':
    'cognome.nome, nome.cognome o nome.cognome@azienda.it (lettere, cifre, trattino, apostrofo)',
  'importTemplate.format.status':
    'Lasciare vuoto: ogni utente importato viene creato in attesa, poi invitato dopo la verifica',
  'importTemplate.format.phone':
    'Cifre, spazi, punti, trattini e parentesi, da 6 a 24 caratteri, ad es. 01 23 45 67 89',
  'importTemplate.format.country': 'Codice di due lettere (ISO 3166-1), ad es. IT, FR, CH',
  'importTemplate.format.agencies': 'Nomi (o identificativi) delle agenzie del cliente, ad es. Lyon, Lille',
  'importTemplate.format.pools': 'Chiavi, nomi o identificativi dei pool del cliente, ad es. core',
  'importTemplate.format.owner': 'Un nome utente, ad es. jeanne.martin',
  'importTemplate.format.yesNo': 'YES o NO (vengono letti anche OUI, NON, TRUE, FALSE, 1, 0)',
  'importTemplate.format.date': 'gg/mm/aaaa, eventualmente seguito da /hh:mm: 01/04/2018 è il 1º aprile 2018',
  'importTemplate.format.quota': 'Un numero e un’unità (KB, MB, GB, TB), ad es. 10GB o 512 MB',
  'importTemplate.format.backupQuota': 'Un numero e un’unità (KB, MB, GB, TB), almeno 1GB, ad es. 50GB',
  'importTemplate.format.maxLength': ({ max }) => `Testo, al massimo ${max} caratteri`,

  'importTemplate.example.function': 'Contabile',
  'importTemplate.example.department': 'Amministrazione',
  'importTemplate.example.biography': 'In azienda dal 2018.',
  'importTemplate.example.contactFunction': 'Commerciale',
} satisfies CatalogueOf<typeof importTemplateEn>;
