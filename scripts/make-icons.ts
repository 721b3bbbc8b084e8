/* Writes assets/icon-<size>.png from scripts/draw-icons.ts: `node bin/run-ts.cjs scripts/make-icons.ts`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawIcon, ICON_SIZES } from './draw-icons';
import { encodePng } from './png';

for (const size of ICON_SIZES) {
  const file = join(__dirname, '..', 'assets', `icon-${size}.png`);
  writeFileSync(file, encodePng(drawIcon(size)));
  console.log(`wrote ${file}`);
}
