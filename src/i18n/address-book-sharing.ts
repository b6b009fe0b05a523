import { commonMessages } from './common.js';
import { defineMessages, mergeMessages, type MessageTools } from './index.js';

export const addressBookSharingEn = {
  'addressBookSharing.heading': 'Address-book groups',
  'addressBookSharing.loading': 'Loading address-book groups…',
  'addressBookSharing.empty': 'This client has no address-book groups yet.',
  'addressBookSharing.readOnly': 'You can see these shares but not change them.',
  'addressBookSharing.column.select': 'Select',
  'addressBookSharing.column.group': 'Group',
  'addressBookSharing.column.contacts': 'Contacts',
  'addressBookSharing.column.access': ({ name }: { name: string }) => `Access for ${name}`,
  'addressBookSharing.column.sharedWith': 'Shared with',
  'addressBookSharing.selectAll': 'Select all groups',
  'addressBookSharing.selectGroup': ({ group }: { group: string }) => `Select ${group}`,
  'addressBookSharing.permission.read': 'Read',
  'addressBookSharing.permission.write': 'Read and write',
  'addressBookSharing.notShared': 'Not shared',
  'addressBookSharing.sharedWithCount': ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# user', other: '# users' }),
  'addressBookSharing.recipients': 'Share with',
  'addressBookSharing.noRecipients': 'Nobody yet: add at least one person.',
  'addressBookSharing.removeRecipient': ({ name }: { name: string }) => `Remove ${name}`,
  'addressBookSharing.picker.label': 'Add people',
  'addressBookSharing.picker.hint': 'Type a name, email or login, then pick with the arrow keys and Enter.',
  'addressBookSharing.picker.results': 'Matching users',
  'addressBookSharing.picker.searching': 'Searching…',
  'addressBookSharing.picker.none': 'No user matches.',
  'addressBookSharing.picker.found': ({ count, total }: { count: number; total: number }, t: MessageTools) =>
    count < total
      ? `${t.plural(count, { one: '# user shown', other: '# users shown' })} of ${t.number(total)}: type more to narrow the list.`
      : t.plural(count, { one: '# user found.', other: '# users found.' }),
  'addressBookSharing.picker.failed': 'The search failed. Type again to retry.',
  'addressBookSharing.permission': 'Permission',
  'addressBookSharing.share': 'Share',
  'addressBookSharing.unshare': 'Unshare',
  'addressBookSharing.selectionSummary': ({ groups, users }: { groups: number; users: number }, t: MessageTools) =>
    `${t.plural(groups, { one: '# group', other: '# groups' })} × ${t.plural(users, { one: '# person', other: '# people' })}`,
  'addressBookSharing.needSelection': 'Select at least one group and one person.',
  'addressBookSharing.progress.share': 'Sharing',
  'addressBookSharing.progress.unshare': 'Unsharing',
  'addressBookSharing.progress.count': ({ done, total }: { done: number; total: number }, t: MessageTools) =>
    `${t.number(done)} of ${t.number(total)} done`,
  'addressBookSharing.result': ({ succeeded, failed }: { succeeded: number; failed: number }, t: MessageTools) =>
    failed === 0
      ? t.plural(succeeded, { one: 'Done: # change saved.', other: 'Done: # changes saved.' })
      : `${t.plural(succeeded, { one: '# change saved', other: '# changes saved' })}, ${t.plural(failed, { one: '# failed', other: '# failed' })}.`,
  'addressBookSharing.failures': 'Failed changes',
  'addressBookSharing.failure': ({ group, name, reason }: { group: string; name: string; reason: string }) =>
    `${group}, ${name}: ${reason}`,
  'addressBookSharing.retryFailed': 'Retry failed',
  'addressBookSharing.error.unknownUser': 'this user does not exist or is outside your reach.',
  'addressBookSharing.error.contact': 'a contact cannot receive a shared group.',
  'addressBookSharing.error.groupGone': 'this group no longer exists.',
  'addressBookSharing.error.forbidden': 'you are not allowed to change this share.',
  'addressBookSharing.error.item': 'the server refused this change.',
  'addressBookSharing.error.load': 'The address-book groups could not be loaded.',
  'addressBookSharing.error.notFound': 'This user no longer exists or is outside your reach.',
} as const;


export const addressBookSharingMessages = mergeMessages(
  defineMessages('addressBookSharing', addressBookSharingEn),
  commonMessages,
);
