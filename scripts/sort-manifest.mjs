// The analyzer lists modules in the file system's order, which differs between
// clones; sorted by path, the committed manifest is the same everywhere.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
