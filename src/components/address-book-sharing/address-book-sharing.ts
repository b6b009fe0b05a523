import { SuiteAddressBookSharing } from './address-book-sharing.component.js';

export { SuiteAddressBookSharing };

SuiteAddressBookSharing.define('suite-address-book-sharing');

declare global {
  interface HTMLElementTagNameMap {
    'suite-address-book-sharing': SuiteAddressBookSharing;
  }
}
