/**
 * Draws the add-in's icons (assets/<name>-<size>.png), one distinct shape per ribbon button, at
 * every size Microsoft asks for. Shapes are described on a 16-unit grid and sampled 4 x 4 times per
 * pixel, so each size is drawn for itself (no scaled bitmaps) with soft edges. Each icon pairs a
 * dark outline with a light or saturated fill, so it reads on light and dark ribbons alike.
 * Deterministic: scripts/make-icons.ts rewrites identical files.
 */
import type { Bitmap } from './png';

/** The sizes Office asks for ribbon icons (16, 20, 24, 32, 40, 48, 64, 80 px). */
export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80] as const;

/**
 * `scorecard` is the add-in's own icon (store, group); the others are the ribbon buttons:
 * Rate this quarter (a traffic light), Validate (a tick in a disc), Clear ratings (an eraser),
 * Scorecard pane (a window with a side pane).
 */
export const ICON_NAMES = ['scorecard', 'rate', 'validate', 'clear', 'pane'] as const;
export type IconName = (typeof ICON_NAMES)[number];

export type Rgba = readonly [number, number, number, number];
const DARK: Rgba = [0x42, 0x42, 0x42, 255];
const WHITE: Rgba = [0xff, 0xff, 0xff, 255];
const GREY: Rgba = [0x9e, 0x9e, 0x9e, 255];
const RED: Rgba = [0xc5, 0x0f, 0x1f, 255];
const AMBER: Rgba = [0xf2, 0xa9, 0x00, 255];
const GREEN: Rgba = [0x10, 0x7c, 0x10, 255];
const BLUE: Rgba = [0x0f, 0x6c, 0xbd, 255];
const PINK: Rgba = [0xe8, 0x6a, 0x92, 255];

/** A shape tests a point in grid units (0..16); later shapes paint over earlier ones. */
type Inside = (x: number, y: number) => boolean;
type Shape = [Inside, Rgba];

const rect = (x: number, y: number, w: number, h: number): Inside => (px, py) => px >= x && px < x + w && py >= y && py < y + h;
const disc = (cx: number, cy: number, r: number): Inside => (px, py) => (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
/** A stroke of the given width along the segment (x1, y1)-(x2, y2), with round ends. */
const stroke =
  (x1: number, y1: number, x2: number, y2: number, width: number): Inside =>
  (px, py) => {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
    return (px - x1 - t * dx) ** 2 + (py - y1 - t * dy) ** 2 <= (width / 2) ** 2;
  };
/** A rectangle centred on (cx, cy), turned by `angle` radians. */
const turned =
  (cx: number, cy: number, w: number, h: number, angle: number): Inside =>
  (px, py) => {
    const c = Math.cos(-angle);
    const s = Math.sin(-angle);
    const x = (px - cx) * c - (py - cy) * s;
    const y = (px - cx) * s + (py - cy) * c;
    return Math.abs(x) <= w / 2 && Math.abs(y) <= h / 2;
  };

const SHAPES: Record<IconName, () => Shape[]> = {
  // A small scorecard: three measure lines beside a red, amber and green cell.
  scorecard: () => [
    [rect(1, 1, 14, 14), DARK],
    [rect(2.5, 2.5, 11, 11), WHITE],
    ...[RED, AMBER, GREEN].flatMap((colour, i): Shape[] => [
      [rect(3.5, 4.4 + i * 3.4, 5, 1.2), GREY],
      [rect(9.6, 3.5 + i * 3.4, 3, 3), colour],
    ]),
  ],
  // A traffic light: rating red / amber / green.
  rate: () => [
    [rect(4, 0.5, 8, 15), DARK],
    [disc(8, 3.6, 2.3), RED],
    [disc(8, 8, 2.3), AMBER],
    [disc(8, 12.4, 2.3), GREEN],
  ],
  // A tick in a disc: checked, fit to circulate.
  validate: () => [
    [disc(8, 8, 7.5), DARK],
    [disc(8, 8, 6.5), GREEN],
    [stroke(4.6, 8.4, 7, 10.8, 2), WHITE],
    [stroke(7, 10.8, 11.6, 5.4, 2), WHITE],
  ],
  // An eraser on a line: taking the ratings out.
  clear: () => [
    [rect(1, 14, 14, 1.5), DARK],
    [turned(8, 7.5, 13, 7, -Math.PI / 4), DARK],
    [turned(8, 7.5, 11.2, 5.2, -Math.PI / 4), WHITE],
    [turned(4.9, 10.6, 4.4, 5.2, -Math.PI / 4), PINK],
  ],
  // A window with a pane on its right.
  pane: () => [
    [rect(0.5, 1.5, 15, 13), DARK],
    [rect(1.5, 4, 13, 9.5), WHITE],
    [rect(9.5, 4, 5, 9.5), BLUE],
    [rect(3, 6, 5, 1), GREY],
    [rect(3, 8.5, 5, 1), GREY],
    [rect(3, 11, 5, 1), GREY],
  ],
};

const SAMPLES = 4;

export function drawIcon(size: number, name: IconName = 'scorecard'): Bitmap {
  const shapes = SHAPES[name]();
  const data = new Uint8Array(size * size * 4); // transparent
  const unit = 16 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied sum over the sub-samples, so edges fade to transparent rather than to black.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * unit;
          const y = (py + (sy + 0.5) / SAMPLES) * unit;
          let colour: Rgba | null = null;
          for (const [inside, c] of shapes) if (inside(x, y)) colour = c;
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 255;
        }
      }
      if (a === 0) continue;
      const n = SAMPLES * SAMPLES;
      const covered = a / 255;
      data.set([Math.round(r / covered), Math.round(g / covered), Math.round(b / covered), Math.round(a / n)], (py * size + px) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** The file an icon is kept in, under assets/ (and served from /assets/). */
export function iconFile(name: IconName, size: number): string {
  return name === 'scorecard' ? `icon-${size}.png` : `${name}-${size}.png`;
}
