/**
 * The elements and events of custom-elements.json, as the build (one entry per
 * element) and the React wrappers (one `onXxx` prop per event) need them.
 */

export interface Manifest {
  modules: {
    path: string;
    declarations?: { name: string; tagName?: string; customElement?: boolean; events?: { name?: string; type?: { text: string } }[] }[];
  }[];
}

export interface ManifestElement {
  /** `user-admin` for `<suite-user-admin>`: the entry's name (`suite-kit/user-admin`). */
  name: string;
  tagName: string;
  className: string;
  /** `src/components/user-admin/user-admin.component.ts` */
  component: string;
  /** `src/components/user-admin/user-admin.ts`: registers the tag. */
  registration: string;
  /** Named events (the analyzer also lists unnamed `dispatchEvent(new X())` calls: skipped), first mention first. */
  events: { name: string; type: string }[];
}

export function elementsOf(manifest: Manifest): ManifestElement[] {
  const elements: ManifestElement[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const events = new Map<string, string>();
      for (const event of declaration.events ?? []) {
        if (event.name && !events.has(event.name)) events.set(event.name, event.type?.text ?? 'Event');
      }
      elements.push({
        name: declaration.tagName.replace(/^suite-/, ''),
        tagName: declaration.tagName,
        className: declaration.name,
        component: module.path,
        registration: module.path.replace(/\.component\.ts$/, '.ts'),
        events: [...events].map(([name, type]) => ({ name, type })),
      });
    }
  }
  return elements.sort((a, b) => a.name.localeCompare(b.name));
}

/** `suite-buy-licences` -> `onSuiteBuyLicences`, `change` -> `onChange`. */
export const eventProp = (event: string) => `on${event.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('')}`;
