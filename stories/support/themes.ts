import { html, type TemplateResult } from 'lit';

/** The token files of themes/, by the class that applies each to a subtree (`.suite-theme-<name>`). */
export const THEMES = [
  { value: 'default', title: 'Default (light)' },
  { value: 'dark', title: 'Dark' },
  { value: 'high-contrast', title: 'High contrast' },
  { value: 'partner-ocean', title: 'Partner: Ocean' },
  { value: 'partner-sunset', title: 'Partner: Sunset' },
] as const;

export type ThemeName = (typeof THEMES)[number]['value'];

/** `content` wearing one theme, on that theme's surface, as a host page would show it. */
export function themed(theme: string, content: TemplateResult): TemplateResult {
  return html`<div
    class="suite-theme-${theme}"
    style="padding: 1rem; background: var(--suite-color-surface); color: var(--suite-color-on-surface)"
  >
    ${content}
  </div>`;
}

/** The same story once per theme, each labelled, to compare them side by side. */
export function inEveryTheme(render: () => TemplateResult): TemplateResult {
  return html`${THEMES.map(
    ({ value, title }) => html`<section aria-label=${title} style="margin-block-end: 1rem">${themed(value, render())}</section>`,
  )}`;
}
