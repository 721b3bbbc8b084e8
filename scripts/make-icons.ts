/* Writes every icon of scripts/draw-icons.ts into assets/: `node bin/run-ts.cjs scripts/make-icons.ts`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawIcon, iconFile, ICON_NAMES, ICON_SIZES } from './draw-icons';
import { encodePng } from './png';

for (const name of ICON_NAMES) {
  for (const size of ICON_SIZES) {
    const file = join(__dirname, '..', 'assets', iconFile(name, size));
    writeFileSync(file, encodePng(drawIcon(size, name)));
  }
  console.log(`wrote ${ICON_SIZES.length} sizes of ${name}`);
}
