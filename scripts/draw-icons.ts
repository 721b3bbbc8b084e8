/**
 * Draws the add-in's icons (assets/icon-<size>.png): a small scorecard, three rows of a grey
 * measure line beside a red, amber and green RAG cell. Drawn on a 16-unit grid and scaled by whole
 * pixels so every size stays crisp. Deterministic: scripts/make-icons.ts rewrites identical files.
 */
import type { Bitmap } from './png';

export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgba = [number, number, number, number];
const BORDER: Rgba = [0x42, 0x42, 0x42, 255];
const CARD: Rgba = [0xff, 0xff, 0xff, 255];
const LINE: Rgba = [0x9e, 0x9e, 0x9e, 255];
const RAG: Rgba[] = [
  [0xc5, 0x0f, 0x1f, 255], // red
  [0xf2, 0xa9, 0x00, 255], // amber
  [0x10, 0x7c, 0x10, 255], // green
];

/** [x, y, width, height] in 16ths of the icon, and a colour; later shapes paint over earlier ones. */
function shapes(): [number, number, number, number, Rgba][] {
  const out: [number, number, number, number, Rgba][] = [
    [1, 1, 14, 14, BORDER],
    [2, 2, 12, 12, CARD],
  ];
  RAG.forEach((colour, i) => {
    const top = 3 + i * 4;
    out.push([3, top + 1, 6, 1, LINE]);
    out.push([10, top, 3, 3, colour]);
  });
  return out;
}

export function drawIcon(size: number): Bitmap {
  const data = new Uint8Array(size * size * 4); // transparent
  const unit = size / 16;
  for (const [x, y, w, h, colour] of shapes()) {
    const x0 = Math.round(x * unit);
    const y0 = Math.round(y * unit);
    const x1 = Math.round((x + w) * unit);
    const y1 = Math.round((y + h) * unit);
    for (let py = y0; py < y1; py++) for (let px = x0; px < x1; px++) data.set(colour, (py * size + px) * 4);
  }
  return { width: size, height: size, data };
}
