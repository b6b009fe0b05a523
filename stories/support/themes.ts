import { html, type TemplateResult } from 'lit';

/**
 * The token files of themes/, by the class that applies each to a subtree (`.suite-theme-<name>`):
 * the toolbar's theme menu (.storybook/preview.ts) and the side-by-side stories below.
 */
export const THEMES = [
  { value: 'default', title: 'Default (light)' },
  { value: 'dark', title: 'Dark' },
  { value: 'high-contrast', title: 'High contrast' },
  { value: 'partner-ocean', title: 'Partner: Ocean' },
  { value: 'partner-sunset', title: 'Partner: Sunset' },
] as const;

/** `content` wearing one theme, on that theme's surface, as a host page would show it. */
function themed(theme: string, content: unknown): TemplateResult {
  return html`<div
    class="suite-theme-${theme}"
    style="padding: 1rem; background: var(--suite-color-surface); color: var(--suite-color-on-surface)"
  >
    ${content}
  </div>`;
}

/**
 * A story showing the element once per theme, each labelled, to compare them side
 * by side; its a11y check (colour contrast above all) thereby covers every theme.
 * `render` is the stories' own (usually the meta's), called once per theme.
 */
export function inEveryTheme<Args, Context>(render: (args: Args, context: Context) => unknown) {
  return {
    render: (args: Args, context: Context) =>
      html`${THEMES.map(
        ({ value, title }) => html`<section aria-label=${title} style="margin-block-end: 1rem">${themed(value, render(args, context))}</section>`,
      )}`,
    parameters: {
      // The same element five times repeats its landmarks by design of this page, not of the element.
      a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
    },
  };
}
