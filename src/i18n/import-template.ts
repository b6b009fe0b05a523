import { defineMessages } from './index.js';

/**
 * Words of the import template's second sheet (what each column means, whether
 * it is required, what it accepts) and of its example row. The column keys
 * themselves stay English in every language: they are what the importer reads.
 */
export const importTemplateEn = {
  'importTemplate.sheet.users': 'Users',
  'importTemplate.sheet.contacts': 'Contacts',
  'importTemplate.sheet.help': 'Columns',
  'importTemplate.help.column': 'Column',
  'importTemplate.help.meaning': 'Meaning',
  'importTemplate.help.required': 'Required',
  'importTemplate.help.allowed': 'Allowed values',
  'importTemplate.help.format': 'Format',

  'importTemplate.required.yes': 'Yes',
  'importTemplate.required.no': 'No',
  'importTemplate.required.agencyScoped': 'Yes if your account manages only some agencies',
  'importTemplate.required.sms': 'Yes when TFA is SMS',
  'importTemplate.required.contact': 'Yes for a contact (ACCOUNT_TYPE CONTACT)',
  'importTemplate.whenEmpty': 'When empty:',
  'importTemplate.anyText': 'Any text',
  'importTemplate.list': 'Several values separated by commas',

  'importTemplate.meaning.LASTNAME': 'Last name',
  'importTemplate.meaning.FIRSTNAME': 'First name',
  'importTemplate.meaning.EMAIL': 'Email address, unique in the client (case does not matter); invitations are sent to it',
  'importTemplate.meaning.LOGIN': 'Sign-in name, unique in the client',
  'importTemplate.meaning.STATUS': 'Status after the import: imported users wait for their invitation',
  'importTemplate.meaning.ROLE': 'Role in the administration',
  'importTemplate.meaning.MAIL_LANGUAGE': 'Language of the emails the person receives',
  'importTemplate.meaning.FUNCTION': 'Job title',
  'importTemplate.meaning.COMPANY': 'Company',
  'importTemplate.meaning.DEPARTMENT': 'Department',
  'importTemplate.meaning.PHONE': 'Landline phone',
  'importTemplate.meaning.MOBILE': 'Mobile phone (receives the codes of SMS two-factor)',
  'importTemplate.meaning.ADDRESS': 'Street address',
  'importTemplate.meaning.ZIP': 'Postal code',
  'importTemplate.meaning.CITY': 'City',
  'importTemplate.meaning.COUNTRY': 'Country',
  'importTemplate.meaning.BIOGRAPHY': 'A few words about the person',
  'importTemplate.meaning.AGENCIES': 'Agencies the person belongs to',
  'importTemplate.meaning.LICENCE_POOL': 'Licence pools the person takes a seat in once invited',
  'importTemplate.meaning.ACCOUNT_TYPE': 'A user signs in; a contact is an address-book entry that never signs in',
  'importTemplate.meaning.OWNER_LOGIN': 'Login of the user who owns the contact (an existing user or a user row of this file)',
  'importTemplate.meaning.VISIBILITY_SCOPE': 'Who sees the person in the directory: everyone, or only their owner and the administrators',
  'importTemplate.meaning.MODIFICATION_PREVENTION': 'Protects the account: only the super administrator or the partner may change it',
  'importTemplate.meaning.TFA': 'Two-factor authentication at sign-in',
  'importTemplate.meaning.SUSPENSION_DATE': 'The account becomes inactive on this date (UTC)',
  'importTemplate.meaning.EXPIRATION_MODE': 'Password expiry: the client’s policy, or never',
  'importTemplate.meaning.CREATION_NOTIFICATION': 'Tell the person when the account is created',
  'importTemplate.meaning.STORAGE_QUOTA': 'Storage space',
  'importTemplate.meaning.BACKUP_QUOTA': 'Backup space',

  'importTemplate.format.name': 'Text, 1 to 100 characters',
  'importTemplate.format.email': 'name@domain.com',
  'importTemplate.format.login': 'last.first, first.last or first.last@company.com (letters, digits, dash, apostrophe)',
  'importTemplate.format.status': 'Leave empty: every imported user is created pending, then invited after review',
  'importTemplate.format.phone': 'Digits, spaces, dots, dashes and brackets, 6 to 24 characters, e.g. 01 23 45 67 89',
  'importTemplate.format.country': 'Two-letter code (ISO 3166-1), e.g. FR, BE, CH',
  'importTemplate.format.agencies': 'Agency names (or ids) of the client, e.g. Lyon, Lille',
  'importTemplate.format.pools': 'Pool keys, names or ids of the client, e.g. core',
  'importTemplate.format.owner': 'A login, e.g. jeanne.martin',
  'importTemplate.format.yesNo': 'YES or NO (OUI, NON, TRUE, FALSE, 1, 0 are read too)',
  'importTemplate.format.date': 'dd/mm/yyyy, optionally followed by /hh:mm: 01/04/2018 is 1 April 2018',
  'importTemplate.format.quota': 'A number and a unit (KB, MB, GB, TB), e.g. 10GB or 512 MB',
  'importTemplate.format.backupQuota': 'A number and a unit (KB, MB, GB, TB), at least 1GB, e.g. 50GB',
  'importTemplate.format.maxLength': ({ max }: { max: number }) => `Text, at most ${max} characters`,

  'importTemplate.example.function': 'Accountant',
  'importTemplate.example.department': 'Finance',
  'importTemplate.example.biography': 'Joined the company in 2018.',
  'importTemplate.example.contactFunction': 'Sales representative',
} as const;

export const importTemplateMessages = defineMessages('importTemplate', importTemplateEn);
