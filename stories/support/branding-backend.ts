/**
 * The branding, modules, clients and assets endpoints of a mock backend for
 * stories (msw answers the real HTTP client in the browser): levels with
 * versions and ETags, partner -> client inheritance, If-Match (428/412), and
 * uploads checked by their bytes as the reference backend does.
 */
import { delay, http, HttpResponse } from 'msw';
import type { Asset, AssetPurpose } from '../../src/api/schemas/asset.js';
import { BRANDING_FIELDS } from '../../src/api/schemas/branding.js';
import type { BrandingSettings, EffectiveBranding, LevelBranding, ValueSource } from '../../src/api/schemas/branding.js';
import type { Me } from '../../src/api/schemas/me.js';
import { MODULE_IMPACTS, MODULE_KEYS } from '../../src/api/schemas/modules.js';
import type { Problem } from '../../src/api/schemas/problem.js';
import type { Client } from '../../src/api/schemas/tenancy.js';
import { checkImage } from '../../src/components/branding-editor/image-check.js';
import { DEFAULT_BRANDING } from '../../src/theming/default-branding.js';

export const PARTNER_ID = 'p-nordlys';

const NAMES = [
  'Atelier Lumière', 'Boulangerie Soleil', 'Cabinet Marchand', 'Domaine des Pins', 'Éditions Ardoise', 'Fromagerie Lenoir',
  'Garage du Centre', 'Hôtel Beauséjour', 'Imprimerie Nova', 'Jardins de Provence', 'Kiné Santé Plus', 'Librairie Vauban',
  'Menuiserie Roux', 'Notaires Associés', 'Optique Duval', 'Pharmacie Carnot', 'Quincaillerie Bastide', 'Restaurant Le Quai',
  'Studio Pixel', 'Transports Morel', 'Université Populaire', 'Vins & Terroirs', 'Wagner Avocats', 'Xylo Musique',
  'Yacht Club Azur', 'Zénith Immobilier', 'Acme Logistics', 'Brasserie du Port', 'Crèche Les Petits Pas', 'Design Atelier 9',
] as const;

/** Thirty clients of the partner; every fourth has its own branding. */
export const CLIENTS: Client[] = NAMES.map((name, index) => ({
  id: `c-${String(index + 1).padStart(3, '0')}`,
  partnerId: PARTNER_ID,
  name,
  userCount: 5 + ((index * 37) % 240),
  hasOwnBranding: index % 4 === 0,
  createdAt: `2025-${String((index % 12) + 1).padStart(2, '0')}-15T09:00:00Z`,
}));

export function brandingAdmin(kind: 'partner' | 'client' | 'agencies', clientId = CLIENTS[0]!.id): Me {
  return {
    id: `adm-${kind}`,
    displayName: kind === 'partner' ? 'Nora Lind' : 'Camille Durand',
    email: null,
    role: kind === 'partner' ? 'partner_admin' : kind === 'client' ? 'super_admin' : 'admin',
    scope:
      kind === 'partner'
        ? { kind: 'partner', partnerId: PARTNER_ID }
        : kind === 'client'
          ? { kind: 'client', partnerId: PARTNER_ID, clientId }
          : { kind: 'agencies', partnerId: PARTNER_ID, clientId, agencyIds: ['ag-lyon'] },
    permissions: kind === 'agencies' ? ['branding.read'] : ['branding.read', 'branding.write', 'modules.write', 'clients.read'],
    supervisionSessionId: null,
  };
}

export interface BrandingBackendOptions {
  partner?: BrandingSettings;
  /** Own settings per client id. */
  clients?: Record<string, BrandingSettings>;
  /** Another admin saves this on the client level just before the first save: the editor meets a 412. */
  concurrentEdit?: { clientId: string; settings: BrandingSettings };
  /** Every client search fails (500). */
  failClients?: boolean;
  /** Answers take this long, to see loading states. */
  latencyMs?: number;
}

interface Level {
  settings: BrandingSettings;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

const PROBLEM = { 'Content-Type': 'application/problem+json' };
const problem = (status: number, code: string, detail: string, headers: Record<string, string> = {}) =>
  HttpResponse.json({ type: 'about:blank', title: code, status, code, detail } satisfies Problem, { status, headers: { ...PROBLEM, ...headers } });

/** Fresh handlers (with their own state) for one story. */
export function brandingBackend(options: BrandingBackendOptions = {}) {
  const levels = new Map<string, Level>();
  const assets = new Map<string, { purpose: AssetPurpose; type: string; bytes: ArrayBuffer }>();
  let pendingConcurrentEdit = options.concurrentEdit;
  const latency = () => delay(options.latencyMs ?? 150);

  const level = (kind: 'partner' | 'client', ownerId: string): Level => {
    const key = `${kind}:${ownerId}`;
    let found = levels.get(key);
    if (!found) {
      const settings = kind === 'partner' ? (options.partner ?? {}) : (options.clients?.[ownerId] ?? {});
      levels.set(key, (found = { settings: structuredClone(settings), version: 0, updatedAt: null, updatedBy: null }));
    }
    return found;
  };
  const etagOf = (kind: 'partner' | 'client', ownerId: string) => `"b-${kind}-${ownerId}-v${level(kind, ownerId).version}"`;

  /** `inherited`: without the level's own settings, as LevelBranding.inherited says. */
  const effective = (kind: 'partner' | 'client', ownerId: string, inherited = false): EffectiveBranding => {
    const layers: [ValueSource, BrandingSettings][] = [['partner', level('partner', PARTNER_ID).settings]];
    if (kind === 'client') layers.push(['client', level('client', ownerId).settings]);
    if (inherited) layers.pop();
    return Object.fromEntries(
      BRANDING_FIELDS.map((field) => {
        const decided = layers.filter(([, settings]) => settings[field] !== undefined).at(-1);
        return [field, decided ? { value: decided[1][field] ?? DEFAULT_BRANDING[field], source: decided[0] } : { value: DEFAULT_BRANDING[field], source: 'default' }];
      }),
    ) as EffectiveBranding;
  };

  const body = (kind: 'partner' | 'client', ownerId: string): LevelBranding => {
    const own = level(kind, ownerId);
    return {
      level: kind,
      ownerId,
      settings: own.settings,
      effective: effective(kind, ownerId),
      inherited: effective(kind, ownerId, true),
      etag: etagOf(kind, ownerId),
      updatedAt: own.updatedAt,
      updatedBy: own.updatedBy,
    };
  };
  const answer = (kind: 'partner' | 'client', ownerId: string) => HttpResponse.json(body(kind, ownerId), { headers: { ETag: etagOf(kind, ownerId) } });

  const save = async (kind: 'partner' | 'client', ownerId: string, request: Request) => {
    await latency();
    const edit = pendingConcurrentEdit;
    if (edit && kind === 'client' && edit.clientId === ownerId) {
      pendingConcurrentEdit = undefined;
      Object.assign(level(kind, ownerId), { settings: edit.settings, version: level(kind, ownerId).version + 1, updatedAt: new Date().toISOString(), updatedBy: 'Olivia Berg' });
    }
    const ifMatch = request.headers.get('If-Match');
    if (!ifMatch) return problem(428, 'precondition_required', 'Send If-Match with the ETag you read.');
    if (ifMatch !== etagOf(kind, ownerId)) {
      return problem(412, 'precondition_failed', 'Someone saved these settings since you read them.', { ETag: etagOf(kind, ownerId) });
    }
    const settings = (await request.json()) as BrandingSettings;
    Object.assign(level(kind, ownerId), { settings, version: level(kind, ownerId).version + 1, updatedAt: new Date().toISOString(), updatedBy: 'You' });
    return answer(kind, ownerId);
  };

  const modules = () => MODULE_KEYS.map((key) => ({ key, enabled: key !== 'highlight_mobile_offers', source: 'default' as const, impacts: [...MODULE_IMPACTS[key]] }));

  return [
    http.get('/api/v1/partners/:partnerId/branding', async ({ params }) => {
      await latency();
      return answer('partner', String(params['partnerId']));
    }),
    http.put('/api/v1/partners/:partnerId/branding', ({ params, request }) => save('partner', String(params['partnerId']), request)),
    http.get('/api/v1/clients/:clientId/branding/effective', async ({ params }) => {
      await latency();
      return HttpResponse.json(effective('client', String(params['clientId'])));
    }),
    http.get('/api/v1/clients/:clientId/branding', async ({ params }) => {
      await latency();
      return answer('client', String(params['clientId']));
    }),
    http.put('/api/v1/clients/:clientId/branding', ({ params, request }) => save('client', String(params['clientId']), request)),
    http.get('/api/v1/partners/:partnerId/modules', ({ params }) =>
      HttpResponse.json({ level: 'partner', ownerId: String(params['partnerId']), settings: {}, effective: modules(), inherited: modules(), etag: '"m-partner-v0"', updatedAt: null, updatedBy: null }),
    ),
    http.get('/api/v1/clients/:clientId/modules/effective', () => HttpResponse.json({ items: modules() })),
    http.get('/api/v1/clients', async ({ request }) => {
      await latency();
      if (options.failClients) return problem(500, 'internal', 'The client directory is unavailable.');
      const url = new URL(request.url);
      const q = (url.searchParams.get('q') ?? '').toLocaleLowerCase();
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 25);
      const matches = CLIENTS.filter((client) => client.name.toLocaleLowerCase().includes(q));
      const items = matches.slice(offset, offset + limit).map((client) => ({ ...client, hasOwnBranding: Object.keys(level('client', client.id).settings).length > 0 }));
      return HttpResponse.json({ items, total: matches.length, nextCursor: offset + limit < matches.length ? String(offset + limit) : null });
    }),
    http.post('/api/v1/assets', async ({ request }) => {
      await latency();
      const purpose = (new URL(request.url).searchParams.get('purpose') ?? 'logo') as AssetPurpose;
      const bytes = await request.arrayBuffer();
      const check = await checkImage(new Blob([bytes]), purpose);
      if (!check.ok) {
        return check.refusal.reason === 'too-large'
          ? problem(422, 'image_too_large', 'The image is larger than allowed.')
          : problem(415, 'unsupported_media_type', 'Only PNG and JPEG images are accepted.');
      }
      const id = `as-story-${assets.size + 1}`;
      assets.set(id, { purpose, type: check.image.contentType, bytes });
      const asset: Asset = { id, purpose, contentType: check.image.contentType, width: check.image.width, height: check.image.height, bytes: bytes.byteLength, createdAt: new Date().toISOString() };
      return HttpResponse.json(asset, { status: 201 });
    }),
    http.get('/api/v1/assets/:assetId', ({ params }) => {
      const asset = assets.get(String(params['assetId']));
      return asset ? new HttpResponse(asset.bytes, { headers: { 'Content-Type': asset.type } }) : problem(404, 'not_found', 'No such image.');
    }),
  ];
}
