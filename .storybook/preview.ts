import { withThemeByClassName } from '@storybook/addon-themes';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { initialize, mswLoader } from 'msw-storybook-addon';
import { configure } from 'storybook/test';
import manifest from '../custom-elements.json' with { type: 'json' };
import { THEMES } from '../stories/support/themes.js';
// Every theme answers to its .suite-theme-<name> class; default.css comes last so the page itself keeps the default.
import '../themes/dark.css';
import '../themes/high-contrast.css';
import '../themes/partner-ocean.css';
import '../themes/partner-sunset.css';
import '../themes/default.css';
import './preview.css';

// Docs pages list each element's attributes, properties, events, slots, CSS parts
// and CSS properties from the manifest the JSDoc tags generate (npm run manifest).
// The analyzer records private and protected members too: a host can use none of them.
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) =>
      'members' in declaration && declaration.members
        ? { ...declaration, members: declaration.members.filter((member) => !('privacy' in member) || member.privacy === 'public') }
        : declaration,
    ),
  })),
});

// Stories talk to the real HTTP client; msw answers in the browser, so no
// backend runs. Unmocked requests are let through quietly (Storybook's own assets).
initialize({ onUnhandledRequest: 'bypass' });

// Play functions wait for what the elements load (findBy*, waitFor) up to 5 s, not 1 s: the
// composites chain several requests, and CI shares two cores. A wait ceiling, not a time assertion.
configure({ asyncUtilTimeout: 5_000 });

const preview: Preview = {
  loaders: [mswLoader],
  tags: ['autodocs'],
  decorators: [
    // The toolbar's theme menu: the class goes on <body>, whose tokens then beat
    // :root's default ones for everything inside (the tokens change, no element re-renders).
    withThemeByClassName({
      themes: Object.fromEntries(THEMES.map(({ value }) => [value, `suite-theme-${value}`])),
      defaultTheme: 'default',
      parentSelector: 'body',
    }),
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
