/**
 * What every page of `npm run bench:table` does, with one definition for all:
 *
 * - a measurement STARTS inside a requestAnimationFrame callback (the start of
 *   a frame): `performance.mark('<name>-start')`, then the action;
 * - it ENDS at the first "after frame" point at which the expected row is on
 *   screen: after each frame (a MessageChannel message posted from a rAF
 *   callback runs once that frame's style, layout and paint are done), the page
 *   looks for the row's marker text (through shadow roots) in an element laid
 *   out inside the viewport; when found, `performance.measure('<name>', '<name>-start')`.
 *
 * Steps, one page load, in order (tachometer reads the three entries):
 *   render: attach the table to the document -> first row (users[0]) painted;
 *   jump:   scrollTop = scrollHeight on the table's scroller (the element that
 *           scrolls, found through shadow roots before the start) -> last row painted;
 *   theme:  3 custom properties set on <html> (surface, text, border colours)
 *           -> that frame rendered (no row condition: the rows are already
 *           there; afterwards the page checks that the last row's text colour or
 *           background changed);
 *   brand:  a whole theme at once (the page's `brandTheme`: ours, a partner
 *           branding's tokens from brandingTokens() plus the surfaces; the peer,
 *           its own colour properties) -> that frame rendered (Branding issue:
 *           under one frame, 16 ms).
 * Between steps the page waits for quiet (3 frames and an idle callback).
 * Errors and checks go to `window.benchReport` (read by the preflight run).
 */
import type { User } from '../../src/api/schemas/user.js';
import { makeUsers, rowMarker, type BenchData } from './data.js';

export interface TablePage {
  /** Creates the table and attaches it to `container`. Timed as `render`. */
  attach(container: HTMLElement, data: BenchData): void;
  /** The element the theme properties apply to and the row search starts from. */
  host(): Element;
  /** The three theme custom properties this table reads (surface, text, border). */
  themeProperties: readonly [string, string, string];
  /** A whole theme, as custom properties set at once on <html> (default: the three theme properties again, other values). */
  brandTheme?: () => Record<string, string>;
  /** Texts unique to a user, any of which this table shows (default: the login). */
  markers?: (user: User) => string[];
}

export interface BenchReport {
  page: string;
  rows: number;
  done: boolean;
  errors: string[];
  notes: string[];
  timings: Record<string, number>;
  extra?: unknown;
}

declare global {
  interface Window {
    benchReport: BenchReport;
  }
}

const THEME_VALUES = ['#10131a', '#e8eaf0', '#3a4150'] as const;
const BRAND_VALUES = ['#f4f8fa', '#0b2530', '#5d7f8f'] as const;
const TIMEOUT_MS = 15_000;

export const frameStart = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Called during a frame (a rAF callback or its microtasks): resolves once that frame has been rendered. */
export const afterThisFrame = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
/** Resolves after the next frame has been rendered. */
export const afterFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => void afterThisFrame().then(resolve)));
const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 500 }));
async function quiet() {
  for (let i = 0; i < 3; i++) await afterFrame();
  await idle();
  await afterFrame();
}

/** Every shadow root under `root`, `root` included. */
function roots(root: Element | ShadowRoot | Document): (Element | ShadowRoot | Document)[] {
  const found: (Element | ShadowRoot | Document)[] = [root];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  if (root instanceof Element && root.shadowRoot) found.push(...roots(root.shadowRoot));
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) found.push(...roots(shadow));
  }
  return found;
}

/** An element showing exactly one of `texts` (a text node equal to it, trimmed), laid out inside the viewport. */
export function findVisibleText(root: Element, texts: readonly string[]): Element | null {
  const shortest = Math.min(...texts.map((t) => t.length));
  const viewportHeight = window.innerHeight;
  const viewportWidth = window.innerWidth;
  for (const scope of roots(root)) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue;
      if (!value || value.length < shortest || !texts.includes(value.trim())) continue;
      const element = node.parentElement;
      if (!element) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < viewportHeight && rect.right > 0 && rect.left < viewportWidth) {
        return element;
      }
    }
  }
  return null;
}

/** The element that scrolls the rows: the largest scrollable box under `host` (through shadow roots), else the document. */
export function findScroller(host: Element): Element {
  let best: Element | null = null;
  for (const scope of [host, ...roots(host).filter((r): r is ShadowRoot => r instanceof ShadowRoot)]) {
    const candidates = scope instanceof Element ? [scope, ...scope.querySelectorAll('*')] : [...scope.querySelectorAll('*')];
    for (const element of candidates) {
      if (element.scrollHeight <= element.clientHeight + 1) continue;
      const overflow = getComputedStyle(element).overflowY;
      if (overflow !== 'auto' && overflow !== 'scroll') continue;
      if (!best || element.scrollHeight > best.scrollHeight) best = element;
    }
  }
  return best ?? document.scrollingElement ?? document.documentElement;
}

/** Called during the frame the step started in: checks after that frame, then after each next one. */
/** What the eye sees of a row: its text colour and the first opaque background behind it (through slots and shadow roots). */
function paintOf(element: Element): string {
  const color = getComputedStyle(element).color;
  for (let node: Element | null = element; node; ) {
    const background = getComputedStyle(node).backgroundColor;
    if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') return `${color} on ${background}`;
    const root = node.getRootNode();
    node = node.assignedSlot ?? node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return `${color} on the canvas`;
}

async function waitFor(name: string, found: () => boolean): Promise<boolean> {
  const started = performance.now();
  for (let frame = 0; ; frame++) {
    await (frame === 0 ? afterThisFrame() : afterFrame());
    if (found()) return true;
    if (performance.now() - started > TIMEOUT_MS) {
      window.benchReport.errors.push(`${name}: the expected row was not on screen after ${TIMEOUT_MS / 1000} s`);
      return false;
    }
  }
}

/** Runs the three steps on `page`; the row count comes from `?rows=` (default 100,000). */
export async function runBench(name: string, page: TablePage): Promise<void> {
  const params = new URLSearchParams(location.search);
  const rows = Number(params.get('rows') ?? 100_000);
  const report: BenchReport = { page: name, rows, done: false, errors: [], notes: [], timings: {} };
  window.benchReport = report;
  window.addEventListener('error', (event) => report.errors.push(`uncaught: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => report.errors.push(`unhandled rejection: ${String(event.reason)}`));
  try {
    const data = makeUsers(rows);
    const markers = page.markers ?? ((user: User) => [rowMarker(user)]);
    const first = markers(data.users[0]!);
    const last = markers(data.users[rows - 1]!);
    const container = document.getElementById('table')!;
    await quiet();

    // render: attach -> first row painted
    await frameStart();
    performance.mark('render-start');
    page.attach(container, data);
    if (!(await waitFor('render', () => findVisibleText(page.host(), first) !== null))) return;
    performance.measure('render', 'render-start');
    await quiet();

    // jump: scroll to the end -> last row painted
    const scroller = findScroller(page.host());
    report.notes.push(`scroller: <${scroller.localName}${scroller.id ? `#${scroller.id}` : ''}> scrollHeight ${scroller.scrollHeight}px`);
    await frameStart();
    performance.mark('jump-start');
    scroller.scrollTop = scroller.scrollHeight;
    if (!(await waitFor('jump', () => findVisibleText(page.host(), last) !== null))) return;
    performance.measure('jump', 'jump-start');
    await quiet();

    // theme: 3 custom properties -> that frame rendered
    const lastRow = findVisibleText(page.host(), last)!;
    const before = paintOf(lastRow);
    await frameStart();
    performance.mark('theme-start');
    page.themeProperties.forEach((property, i) => document.documentElement.style.setProperty(property, THEME_VALUES[i]!));
    await afterThisFrame();
    performance.measure('theme', 'theme-start');
    const after = paintOf(findVisibleText(page.host(), last) ?? lastRow);
    if (before === after) report.errors.push(`theme: the last row still looks the same (${before}): the properties ${page.themeProperties.join(', ')} do not reach it`);
    else report.notes.push(`theme: ${before} -> ${after}`);
    await quiet();

    // brand: a whole theme -> that frame rendered
    const theme = page.brandTheme?.() ?? Object.fromEntries(page.themeProperties.map((property, i) => [property, BRAND_VALUES[i]!]));
    const beforeBrand = paintOf(findVisibleText(page.host(), last) ?? lastRow);
    await frameStart();
    performance.mark('brand-start');
    for (const [property, value] of Object.entries(theme)) document.documentElement.style.setProperty(property, value);
    await afterThisFrame();
    performance.measure('brand', 'brand-start');
    const afterBrand = paintOf(findVisibleText(page.host(), last) ?? lastRow);
    if (beforeBrand === afterBrand) report.errors.push(`brand: the last row still looks the same (${beforeBrand}) after ${Object.keys(theme).length} properties`);
    else report.notes.push(`brand: ${Object.keys(theme).length} properties, ${beforeBrand} -> ${afterBrand}`);

    for (const step of ['render', 'jump', 'theme', 'brand']) report.timings[step] = performance.getEntriesByName(step)[0]?.duration ?? Number.NaN;
  } catch (error) {
    report.errors.push(`exception: ${error instanceof Error ? `${error.message}\n${error.stack}` : String(error)}`);
  } finally {
    report.done = true;
  }
}
