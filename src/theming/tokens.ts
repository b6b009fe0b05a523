import { css } from 'lit';

/*
 * The kit's default token values, in one place. Each token is a `var()` with
 * the default as fallback, so an element looks right with no theme file loaded
 * and a host page can still override any `--suite-*` property.
 * `themes/default.css` repeats these values for hosts that want them on `:root`
 * (a test keeps the two in step). Composed with `css` literals because
 * lint bans turning strings into CSS.
 *
 * Default-theme contrast (WCAG 2.2, against surface #ffffff unless noted):
 * on-surface 16.5:1, muted 6.1:1 (5.7:1 on surface-raised), danger 6.5:1,
 * warning 6.3:1, success 5.4:1, on-primary on primary 5.9:1; border 4.1:1 and
 * the bar fill on its track 4.8:1 are UI parts (3:1 needed).
 */

export const color = {
  primary: css`var(--suite-color-primary, #1f5bd8)`,
  onPrimary: css`var(--suite-color-on-primary, #ffffff)`,
  /* Hover and pressed primary: moved away from on-primary, so its contrast only grows (brandingTokens computes them for a brand). */
  primaryHover: css`var(--suite-color-primary-hover, #1a4cb4)`,
  primaryActive: css`var(--suite-color-primary-active, #153d91)`,
  /* The selfcare header: a branding's gradient (or primary colour) and its text colour. */
  headerBackground: css`var(--suite-header-background, #1f5bd8)`,
  onHeader: css`var(--suite-color-on-header, #ffffff)`,
  surface: css`var(--suite-color-surface, #ffffff)`,
  onSurface: css`var(--suite-color-on-surface, #1b1f29)`,
  surfaceRaised: css`var(--suite-color-surface-raised, #f4f6fa)`,
  border: css`var(--suite-color-border, #767e8c)`,
  muted: css`var(--suite-color-muted, #596273)`,
  danger: css`var(--suite-color-danger, #b3261e)`,
  onDanger: css`var(--suite-color-on-danger, #ffffff)`,
  warning: css`var(--suite-color-warning, #8a5300)`,
  success: css`var(--suite-color-success, #1e7a34)`,
  track: css`var(--suite-color-track, #e3e7ee)`,
  focus: css`var(--suite-color-focus, #1f5bd8)`,
} as const;

export const space = {
  xs: css`var(--suite-space-xs, 0.25rem)`,
  s: css`var(--suite-space-s, 0.5rem)`,
  m: css`var(--suite-space-m, 1rem)`,
  l: css`var(--suite-space-l, 1.5rem)`,
  xl: css`var(--suite-space-xl, 2rem)`,
} as const;

export const radius = {
  s: css`var(--suite-radius-s, 0.25rem)`,
  m: css`var(--suite-radius-m, 0.5rem)`,
  l: css`var(--suite-radius-l, 1rem)`,
  pill: css`var(--suite-radius-pill, 999px)`,
} as const;

export const font = {
  family: css`var(--suite-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)`,
  sizeS: css`var(--suite-font-size-s, 0.875rem)`,
  sizeM: css`var(--suite-font-size-m, 1rem)`,
  sizeL: css`var(--suite-font-size-l, 1.25rem)`,
  weightRegular: css`var(--suite-font-weight-regular, 400)`,
  weightBold: css`var(--suite-font-weight-bold, 600)`,
  lineHeight: css`var(--suite-font-line-height, 1.5)`,
} as const;

export const focusRing = {
  width: css`var(--suite-focus-ring-width, 2px)`,
  offset: css`var(--suite-focus-ring-offset, 2px)`,
} as const;

/** Shared by every element: text that screen readers read but the eye does not need. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
