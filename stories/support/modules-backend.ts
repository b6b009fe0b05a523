/**
 * The module endpoints of a mock backend for stories (msw answers the real HTTP
 * client in the browser), over the in-memory levels the element tests use, and
 * the demo images the dashboard stories show. List these handlers before
 * brandingBackend's: msw answers with the first match.
 */
import { delay, http, HttpResponse } from 'msw';
import type { ModuleSettings } from '../../src/api/schemas/modules.js';
import type { Problem } from '../../src/api/schemas/problem.js';
import type { LevelTarget } from '../../src/api/suite-api.js';
import { ModuleLevels } from '../../test/fixtures/module-levels.js';

export interface ModulesBackendOptions {
  partnerId: string;
  partner?: ModuleSettings;
  /** Own switches per client id. */
  clients?: Record<string, ModuleSettings>;
  /** Another admin saves this just before the first save: the switches meet a 412. */
  concurrentEdit?: { target: LevelTarget; settings: ModuleSettings };
  latencyMs?: number;
}

const PROBLEM = { 'Content-Type': 'application/problem+json' };

/** Fresh handlers (with their own state) for one story. */
export function modulesBackend(options: ModulesBackendOptions) {
  const levels = new ModuleLevels(options.partnerId);
  if (options.partner) levels.changedElsewhere({ level: 'partner', partnerId: options.partnerId }, options.partner, 'Nora Lind');
  for (const [clientId, settings] of Object.entries(options.clients ?? {})) levels.changedElsewhere({ level: 'client', clientId }, settings, 'Nora Lind');
  let concurrentEdit = options.concurrentEdit;
  const latency = () => delay(options.latencyMs ?? 150);

  const targetOf = (params: Record<string, unknown>): LevelTarget =>
    params['partnerId'] !== undefined ? { level: 'partner', partnerId: String(params['partnerId']) } : { level: 'client', clientId: String(params['clientId']) };
  const answer = (target: LevelTarget) => {
    const level = levels.read(target);
    return HttpResponse.json(level, { headers: { ETag: level.etag } });
  };
  const write = async (target: LevelTarget, request: Request, settings: () => Promise<ModuleSettings>) => {
    await latency();
    if (concurrentEdit) {
      levels.changedElsewhere(concurrentEdit.target, concurrentEdit.settings);
      concurrentEdit = undefined;
    }
    const ifMatch = request.headers.get('If-Match');
    const current = levels.read(target).etag;
    if (!ifMatch || ifMatch !== current) {
      const status = ifMatch ? 412 : 428;
      const problem: Problem = { type: 'about:blank', title: 'Precondition', status, code: ifMatch ? 'precondition_failed' : 'precondition_required' };
      return HttpResponse.json(problem, { status, headers: { ...PROBLEM, ETag: current } });
    }
    levels.write(target, await settings(), ifMatch, 'You');
    return answer(target);
  };

  const handlers = ['/api/v1/partners/:partnerId/modules', '/api/v1/clients/:clientId/modules'].flatMap((path) => [
    http.get(path, async ({ params }) => {
      await latency();
      return answer(targetOf(params));
    }),
    http.put(path, ({ params, request }) => write(targetOf(params), request, () => request.json() as Promise<ModuleSettings>)),
    http.delete(path, ({ params, request }) => write(targetOf(params), request, async () => ({}))),
  ]);
  return [
    http.get('/api/v1/clients/:clientId/modules/effective', async ({ params }) => {
      await latency();
      return HttpResponse.json({ items: levels.effective(String(params['clientId'])) });
    }),
    ...handlers,
  ];
}

/** A demo image drawn in the browser: a logo or a banner the stories can point an asset id at. */
async function demoImage(width: number, height: number, paint: (context: OffscreenCanvasRenderingContext2D) => void): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  paint(canvas.getContext('2d')!);
  return canvas.convertToBlob({ type: 'image/png' });
}

const DEMO_IMAGES: Record<string, () => Promise<Blob>> = {
  'logo-nordlys': () =>
    demoImage(240, 80, (context) => {
      context.fillStyle = '#ffffff';
      context.beginPath();
      context.arc(40, 40, 28, 0, Math.PI * 2);
      context.fill();
      context.fillStyle = '#0a4f70';
      context.fillRect(28, 26, 24, 28);
      context.fillStyle = '#ffffff';
      context.font = 'bold 30px sans-serif';
      context.fillText('Nordlys', 80, 52);
    }),
  'banner-spring': () =>
    demoImage(640, 240, (context) => {
      const gradient = context.createLinearGradient(0, 0, 640, 240);
      gradient.addColorStop(0, '#fde68a');
      gradient.addColorStop(1, '#f9a8d4');
      context.fillStyle = gradient;
      context.fillRect(0, 0, 640, 240);
      context.fillStyle = '#7c2d12';
      context.beginPath();
      context.arc(520, 120, 70, 0, Math.PI * 2);
      context.fill();
    }),
};

/** Serves DEMO_IMAGES under their asset ids. */
export const demoAssets = http.get('/api/v1/assets/:assetId', async ({ params }) => {
  const image = DEMO_IMAGES[String(params['assetId'])];
  return image ? new HttpResponse(await image(), { headers: { 'Content-Type': 'image/png' } }) : undefined;
});
