/**
 * The main elements laid out right to left, as in a host page with `dir="rtl"`:
 * columns run from the right, close buttons sit at the inline end (the left),
 * text starts at the right, nothing sticks out sideways, the grid's arrow keys
 * follow what the eye sees, and each state stays accessible. Geometry is read
 * from the browser's layout (getBoundingClientRect), never from the CSS text.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { BRANDING_FIELDS } from '../../src/api/schemas/branding.js';
import type { EffectiveBranding, LevelBranding } from '../../src/api/schemas/branding.js';
import type { AuditEvent, AuditPage } from '../../src/api/schemas/audit.js';
import type { LicencePool } from '../../src/api/schemas/licence-pool.js';
import type { EffectiveModule } from '../../src/api/schemas/modules.js';
import type { User, UserPage } from '../../src/api/schemas/user.js';
import type { LevelTarget, SuiteApi } from '../../src/api/suite-api.js';
import '../../src/components/audit-log/audit-log.js';
import '../../src/components/branding-editor/branding-editor.js';
import '../../src/components/licence-meter/licence-meter.js';
import '../../src/components/module-toggles/module-toggles.js';
import '../../src/components/user-admin/user-admin.js';
import type { SuiteAuditLog } from '../../src/components/audit-log/audit-log.component.js';
import type { SuiteBrandingEditor } from '../../src/components/branding-editor/branding-editor.component.js';
import type { SuiteLicenceMeter } from '../../src/components/licence-meter/licence-meter.component.js';
import type { SuiteModuleToggles } from '../../src/components/module-toggles/module-toggles.component.js';
import type { SuiteUserAdmin } from '../../src/components/user-admin/user-admin.component.js';
import { DEFAULT_BRANDING } from '../../src/theming/default-branding.js';
import { SUPER_ADMIN } from '../fixtures/admins.js';
import { plainUser } from '../fixtures/user-record.js';

// ---------------------------------------------------------------- data


const USERS: User[] = [1, 2, 3].map((index) =>
  plainUser({
    id: `u${index}`,
    userCode: `U00${index}`,
    firstName: 'Jeanne',
    lastName: `Martin ${index}`,
    email: `jeanne.martin${index}@acme.example`,
    login: `jeanne.martin${index}`,
    agencyIds: ['a1'],
    licencePoolIds: ['p-core'],
    // The first one is pending, so its panel offers an invitation.
    status: index === 1 ? 'pending' : 'active',
    invitedAt: null,
    activatedAt: null,
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
  }),
);

const POOLS: LicencePool[] = [
  { id: 'p-core', clientId: 'c1', key: 'core', name: 'Core', kind: 'user', total: 50, used: 12, remaining: 38 },
  { id: 'p-ops', clientId: 'c1', key: 'operator', name: 'Operators', kind: 'operator', total: 5, used: 5, remaining: 0 },
];

const MODULES: EffectiveModule[] = [
  { key: 'dashboard', enabled: true, source: 'default', impacts: [] },
  { key: 'documents', enabled: false, source: 'default', impacts: [] },
];

const AUDIT: AuditEvent[] = [
  {
    id: 'e1',
    at: '2026-03-12T10:00:00Z',
    action: 'user.updated',
    actor: { id: 'admin-1', displayName: 'Sam Super' },
    clientId: 'c1',
    subject: { type: 'user', id: 'u1', label: 'Jeanne Martin 1' },
    reason: null,
    supervisionSessionId: null,
    details: { fields: ['jobTitle'] },
  },
];

function effectiveBranding(): EffectiveBranding {
  return Object.fromEntries(BRANDING_FIELDS.map((field) => [field, { value: DEFAULT_BRANDING[field], source: 'default' }])) as EffectiveBranding;
}

function levelBranding(target: LevelTarget): LevelBranding {
  return {
    level: target.level,
    ownerId: target.level === 'partner' ? target.partnerId : target.clientId,
    settings: {},
    effective: effectiveBranding(),
    inherited: effectiveBranding(),
    etag: '"b-1"',
    updatedAt: null,
    updatedBy: null,
  };
}

/** Answers what the elements' first screens ask; any other call is rejected, so a test sees it in `unexpected`. */
function fakeApi() {
  const unexpected: string[] = [];
  const answers: Partial<Record<keyof SuiteApi, (...args: never[]) => unknown>> = {
    getMe: async () => SUPER_ADMIN,
    listLicencePools: async () => ({ items: POOLS }),
    listAgencies: async () => ({ items: [{ id: 'a1', clientId: 'c1', name: 'Lyon' }] }),
    listUsers: async (): Promise<UserPage> => ({ items: USERS, total: USERS.length, nextCursor: null }),
    getUser: async (_clientId: string, userId: string) => USERS.find((user) => user.id === userId),
    listAuditEvents: async (): Promise<AuditPage> => ({ items: AUDIT, nextCursor: null }) as AuditPage,
    listAuditActors: async () => ({ items: [{ id: 'admin-1', displayName: 'Sam Super' }] }),
    getBranding: async (target: LevelTarget) => levelBranding(target),
    getEffectiveBranding: async () => effectiveBranding(),
    getModules: async (target: LevelTarget) => ({ ...levelBranding(target), settings: {}, effective: MODULES, inherited: MODULES }),
    getEffectiveModules: async () => MODULES,
    listAddressBookGroups: async () => ({ items: [] }),
    listClients: async () => ({ items: [], total: 0, nextCursor: null }),
    assetUrl: () => '/test/fixtures/images/logo-48x32.jpg',
  };
  const api = new Proxy({} as SuiteApi, {
    get(_target, property) {
      if (typeof property === 'symbol' || property === 'then' || property.startsWith('_')) return undefined;
      const answer = answers[property as keyof SuiteApi] as ((...args: unknown[]) => unknown) | undefined;
      return (...args: unknown[]) => {
        if (answer) return answer(...args);
        unexpected.push(property);
        return Promise.reject(new Error(`unexpected call ${property}`));
      };
    },
  });
  return { api, unexpected };
}

// ---------------------------------------------------------------- geometry

const rect = (node: Element) => node.getBoundingClientRect();
const shown = (node: Element) => {
  const box = rect(node);
  return box.width > 0 && box.height > 0;
};

/**
 * Elements laid out beyond the inline edges of `bounds`. A modal dialog sits in
 * the top layer (measured against the window), a box that clips or scrolls its
 * overflow is checked itself but not its content, and visually hidden text
 * (clipped to 1px) is skipped: none of these can push the page sideways.
 */
function overflowing(host: Element, bounds: DOMRect): string[] {
  const out: string[] = [];
  const visit = (root: Element | ShadowRoot, edges: { left: number; right: number }) => {
    for (const child of root.children) {
      const style = getComputedStyle(child);
      if (style.display === 'none' || style.clipPath !== 'none' || style.clip !== 'auto') continue;
      const isModal = child instanceof HTMLDialogElement && child.open;
      const own = isModal ? { left: 0, right: window.innerWidth } : edges;
      if (shown(child)) {
        const box = rect(child);
        if (box.left < own.left - 1 || box.right > own.right + 1) {
          out.push(`<${child.localName}${child.id ? `#${child.id}` : ''} class="${child.getAttribute('class') ?? ''}"> ${Math.round(box.left)}..${Math.round(box.right)} outside ${Math.round(own.left)}..${Math.round(own.right)}`);
        }
      }
      if (style.overflowX !== 'visible') continue;
      if (child.shadowRoot) visit(child.shadowRoot, own);
      visit(child, own);
    }
  };
  visit(host.shadowRoot ?? host, { left: bounds.left, right: bounds.right });
  return out;
}

/** The right edge of the text inside `node`: where its lines start under rtl. */
function textRight(node: Element): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = [...range.getClientRects()].filter((box) => box.width > 0);
  return Math.max(...rects.map((box) => box.right));
}

/** Mounts `template` inside a right-to-left host page region 1200px wide. */
async function inRtl<T extends Element>(template: unknown, selector: string): Promise<{ el: T; page: HTMLElement }> {
  const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="en" class="rtl-page">${template}</div>`);
  page.style.setProperty('inline-size', '1200px');
  return { el: page.querySelector<T>(selector)!, page };
}

/** Waits until `find` returns something, and returns it (waitUntil itself resolves to nothing). */
async function found<T>(find: () => T | null | undefined, what: string): Promise<T> {
  await waitUntil(() => find() ?? false, what);
  return find()!;
}

const inside = (el: Element, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

// ---------------------------------------------------------------- tests

describe('right to left (dir="rtl")', () => {
  // Wide enough for the admin's side-by-side layout (narrower, the panel goes under the table).
  before(() => setViewport({ width: 1400, height: 900 }));

  it('user admin: the grid starts at the right, text starts at the right, nothing overflows', async () => {
    const { api, unexpected } = fakeApi();
    const { el: admin, page } = await inRtl<SuiteUserAdmin>(html`<suite-user-admin client-id="c1" .api=${api}></suite-user-admin>`, 'suite-user-admin');
    const table = await found(() => inside(admin, 'suite-user-table'), 'the table shows');
    const grid = await found(() => inside(table, '[role=grid]'), 'the grid shows');
    await waitUntil(() => grid.querySelectorAll('[part~="name-button"]').length === USERS.length, 'the rows show');

    expect(getComputedStyle(grid).direction).to.equal('rtl');
    const header = [...grid.querySelectorAll<HTMLElement>('[role=row]')][0]!;
    const headerCells = [...header.querySelectorAll<HTMLElement>('[role=columnheader]')];
    expect(headerCells.length).to.be.greaterThan(3);
    // Columns in DOM order run leftwards: the first at the grid's right edge.
    for (let i = 1; i < headerCells.length; i++) expect(rect(headerCells[i]!).right, `column ${i} left of column ${i - 1}`).to.be.at.most(rect(headerCells[i - 1]!).left + 1);
    expect(rect(grid).right - rect(headerCells[0]!).right).to.be.below(24);

    // A name starts at the right of its cell (text-align: start), not at the left.
    const nameButton = grid.querySelector<HTMLElement>('[part~="name-button"]')!;
    const nameCell = nameButton.closest('[role=gridcell]')!;
    expect(rect(nameCell).right - textRight(nameButton)).to.be.below(24);
    expect(textRight(nameButton) - rect(nameCell).left).to.be.above(rect(nameCell).width / 2);

    // The licence meter in the header: each bar fills from the right.
    const meter = inside(admin, 'suite-licence-meter')!;
    await waitUntil(() => meter.shadowRoot!.querySelectorAll('.bar-fill').length === POOLS.length, 'the meter shows');
    const [bar] = meter.shadowRoot!.querySelectorAll('.bar');
    const [fill] = meter.shadowRoot!.querySelectorAll('.bar-fill');
    expect(Math.abs(rect(bar!).right - rect(fill!).right)).to.be.below(2);
    expect(rect(fill!).left - rect(bar!).left).to.be.above(rect(bar!).width / 3);

    expect(overflowing(admin, rect(page))).to.deep.equal([]);
    expect(unexpected).to.deep.equal([]);
    await expect(admin).to.be.accessible();
  });

  it('user admin: ArrowLeft moves to the next column (on the left), ArrowRight back', async () => {
    const { api } = fakeApi();
    const { el: admin } = await inRtl<SuiteUserAdmin>(html`<suite-user-admin client-id="c1" .api=${api}></suite-user-admin>`, 'suite-user-admin');
    const table = await found(() => inside(admin, 'suite-user-table'), 'the table shows');
    const grid = await found(() => inside(table, '[role=grid]'), 'the grid shows');
    await waitUntil(() => grid.querySelectorAll('[part~="name-button"]').length === USERS.length, 'the rows show');
    const focusedCell = () => table.shadowRoot!.activeElement?.closest<HTMLElement>('[data-col]') ?? null;

    const firstCell = grid.querySelector<HTMLElement>('[data-row="0"][data-col="1"]')!;
    firstCell.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focusedCell()?.dataset['col'] === '2', 'ArrowLeft goes to column 2');
    expect(rect(focusedCell()!).right).to.be.at.most(rect(firstCell).left + 1);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedCell()?.dataset['col'] === '1', 'ArrowRight comes back to column 1');
  });

  it('user panel and invite dialog: the panel on the left of the table, close buttons at the inline end (left)', async () => {
    const { api, unexpected } = fakeApi();
    const { el: admin, page } = await inRtl<SuiteUserAdmin>(html`<suite-user-admin client-id="c1" .api=${api}></suite-user-admin>`, 'suite-user-admin');
    const table = await found(() => inside(admin, 'suite-user-table'), 'the table shows');
    const nameButton = await found(() => table.shadowRoot!.querySelector<HTMLElement>('[part~="name-button"]'), 'the rows show');
    nameButton.click();
    const panel = await found(() => inside(admin, 'suite-user-panel'), 'the panel opens');
    const close = await found(() => inside(panel, '[part~="close-button"]'), 'the panel shows its close button');
    await waitUntil(() => inside(panel, '[data-action="invite"]'), 'the panel shows its actions');

    expect(rect(panel).right, 'the panel sits left of the table').to.be.at.most(rect(table).left + 1);
    const panelBox = rect(panel);
    expect(rect(close).left - panelBox.left, 'close button near the left edge').to.be.below(panelBox.width / 4);
    const heading = panel.shadowRoot!.querySelector('h2, h3')!;
    expect(panelBox.right - textRight(heading), 'the name starts at the right').to.be.below(48);
    expect(overflowing(admin, rect(page))).to.deep.equal([]);
    await expect(admin).to.be.accessible();

    inside(panel, '[data-action="invite"]')!.click();
    const inviteDialog = inside(admin, 'suite-invite-dialog')!;
    const dialog = (await found(() => inside(inviteDialog, 'dialog[open]'), 'the invite dialog opens')) as HTMLDialogElement;
    await waitUntil(() => dialog.querySelector('form, [part~="form"]') ?? inviteDialog.shadowRoot!.querySelector('form'), 'the invite form shows');
    const dialogBox = rect(dialog);
    const dialogClose = inviteDialog.shadowRoot!.querySelector('[part~="close-button"]')!;
    const title = inviteDialog.shadowRoot!.querySelector('#title')!;
    expect(rect(dialogClose).left - dialogBox.left, 'close button at the left').to.be.below(dialogBox.width / 4);
    expect(rect(title).right, 'the title right of the close button').to.be.above(rect(dialogClose).right);
    expect(dialogBox.right - textRight(title), 'the title starts at the right').to.be.below(64);
    expect(overflowing(admin, rect(page))).to.deep.equal([]);
    expect(unexpected).to.deep.equal([]);
    await expect(inviteDialog).to.be.accessible();
  });

  it('licence meter alone: the pool names at the right, the numbers at the left', async () => {
    const { api } = fakeApi();
    const { el: meter, page } = await inRtl<SuiteLicenceMeter>(html`<suite-licence-meter client-id="c1" .api=${api}></suite-licence-meter>`, 'suite-licence-meter');
    await waitUntil(() => meter.shadowRoot!.querySelectorAll('tbody tr').length === POOLS.length, 'the pools show');
    const row = meter.shadowRoot!.querySelector('tbody tr')!;
    const cells = [...row.children];
    expect(rect(cells[0]!).right, 'the first cell at the right').to.be.above(rect(cells[cells.length - 1]!).right);
    expect(overflowing(meter, rect(page))).to.deep.equal([]);
    await expect(meter).to.be.accessible();
  });

  it('branding editor: labels and fields start at the right, the preview fits', async () => {
    const { api, unexpected } = fakeApi();
    const { el: editor, page } = await inRtl<SuiteBrandingEditor>(
      html`<suite-branding-editor level="client" client-id="c1" .admin=${SUPER_ADMIN} .api=${api}></suite-branding-editor>`,
      'suite-branding-editor',
    );
    const form = await found(() => inside(editor, 'form'), 'the form shows');
    await waitUntil(() => form.querySelectorAll('.swatch').length > 1 && inside(editor, 'suite-selfcare-dashboard'), 'the swatches and the preview show');
    await editor.updateComplete;
    const formBox = rect(form);
    const label = form.querySelector('label')!;
    expect(formBox.right - textRight(label), 'a label starts at the right').to.be.below(64);
    const editorBox = rect(editor);
    // The form comes first, so at the right; the preview beside it on the left.
    expect(editorBox.right - formBox.right, 'the form at the right').to.be.below(48);
    const preview = inside(editor, 'suite-selfcare-dashboard')!;
    expect(rect(preview).right, 'the preview left of the form').to.be.at.most(formBox.left + 1);
    const swatches = [...form.querySelectorAll('.swatch')];
    expect(swatches.length).to.be.greaterThan(1);
    expect(rect(swatches[1]!).right, 'swatches run leftwards').to.be.at.most(rect(swatches[0]!).left + 1);
    expect(overflowing(editor, rect(page))).to.deep.equal([]);
    expect(unexpected).to.deep.equal([]);
    await expect(editor).to.be.accessible();
  });

  it('module toggles: an enabled switch has its thumb at the inline end (left), a disabled one at the right', async () => {
    const { api } = fakeApi();
    const { el: toggles, page } = await inRtl<SuiteModuleToggles>(
      html`<suite-module-toggles level="client" client-id="c1" .admin=${SUPER_ADMIN} .api=${api}></suite-module-toggles>`,
      'suite-module-toggles',
    );
    await waitUntil(() => toggles.shadowRoot!.querySelector('[role="switch"][aria-checked="true"]') && toggles.shadowRoot!.querySelector('[role="switch"][aria-checked="false"]'), 'the switches show');
    // Whatever transition runs has ended: the thumbs are where they rest.
    await Promise.all(toggles.shadowRoot!.getAnimations().map((animation) => animation.finished));
    const thumbSide = (checked: 'true' | 'false') => {
      const toggle = toggles.shadowRoot!.querySelector(`[role="switch"][aria-checked="${checked}"]`)!;
      const track = rect(toggle.querySelector('.track')!);
      const thumb = rect(toggle.querySelector('.thumb')!);
      return thumb.left + thumb.width / 2 < track.left + track.width / 2 ? 'left' : 'right';
    };
    expect(thumbSide('true')).to.equal('left');
    expect(thumbSide('false')).to.equal('right');
    expect(overflowing(toggles, rect(page))).to.deep.equal([]);
    await expect(toggles).to.be.accessible();
  });

  it('audit log: columns from the right, filters start at the right, nothing overflows', async () => {
    const { api, unexpected } = fakeApi();
    const { el: log, page } = await inRtl<SuiteAuditLog>(html`<suite-audit-log client-id="c1" .api=${api}></suite-audit-log>`, 'suite-audit-log');
    await waitUntil(() => log.shadowRoot!.querySelectorAll('tbody tr[part="row"]').length === AUDIT.length, 'the events show');
    const headers = [...log.shadowRoot!.querySelectorAll('thead th')];
    expect(headers.length).to.be.greaterThan(2);
    for (let i = 1; i < headers.length; i++) expect(rect(headers[i]!).right).to.be.at.most(rect(headers[i - 1]!).left + 1);
    const table = log.shadowRoot!.querySelector('table')!;
    expect(rect(table).right - textRight(headers[0]!), 'the first heading starts at the right').to.be.below(32);
    expect(overflowing(log, rect(page))).to.deep.equal([]);
    expect(unexpected).to.deep.equal([]);
    await expect(log).to.be.accessible();
  });
});
