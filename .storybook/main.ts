import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-themes', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Serves msw's mockServiceWorker.js at the root, where msw-storybook-addon registers it.
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
};

export default config;
