import { defineMessages } from './index.js';

/** Words every element may need: errors of the HTTP client, retry. */
export const commonEn = {
  'error.network': 'The server could not be reached. Check your connection.',
  'error.timeout': 'The server took too long to answer.',
  'error.rateLimited': 'Too many requests. Try again in a moment.',
  'error.incompatibleBackend': ({ endpoint, fieldPath }: { endpoint: string; fieldPath: string }) =>
    `Incompatible backend: ${endpoint} answered an invalid field ${fieldPath}`,
  'error.retry': 'Retry',
} as const;

export const commonMessages = defineMessages('common', commonEn);
