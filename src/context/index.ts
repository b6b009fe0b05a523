export { apiContext } from './api-context.js';
export { adminContext } from './admin-context.js';
export { localeContext } from './locale-context.js';
export { themeContext } from './theme-context.js';
