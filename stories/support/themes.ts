import { html, type TemplateResult } from 'lit';
import { deepQuerySelectorAll } from 'shadow-dom-testing-library';
import { expect, waitFor } from 'storybook/test';

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
    // The a11y check runs after this: on loaded content (nothing aria-busy anywhere), each copy wearing its own theme.
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      const copies = [...canvasElement.querySelectorAll<HTMLElement>('[class^="suite-theme-"]')];
      await expect(copies.map((copy) => copy.className)).toEqual(THEMES.map(({ value }) => `suite-theme-${value}`));
      const primaries = copies.map((copy) => getComputedStyle(copy).getPropertyValue('--suite-color-primary').trim());
      await expect(new Set(primaries).size).toBe(THEMES.length);
      await waitFor(() => expect(deepQuerySelectorAll(canvasElement, '[aria-busy="true"]')).toHaveLength(0));
    },
    parameters: {
      // The same element five times repeats its landmarks by design of this page, not of the element.
      a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
    },
  };
}

/**
 * A modal dialog cannot be shown five times side by side: instead, one story per
 * other theme of the toolbar, set through the story's globals, so that its a11y
 * check (contrast above all) covers every theme. `play` opens the dialog (the meta's).
 */
export function inTheme<Context extends { canvasElement: HTMLElement }>(theme: string, play: (context: Context) => unknown) {
  return {
    globals: { theme },
    play: async (context: Context) => {
      await play(context);
      await expect(context.canvasElement.ownerDocument.body).toHaveClass(`suite-theme-${theme}`);
    },
  };
}
