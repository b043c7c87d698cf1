/**
 * Draws an unread badge (a red pill with white digits, bottom right) onto a raw 32-bit bitmap, such as a tray icon's
 * `toBitmap()`, with a built-in 3×5 pixel font so no font or canvas is needed in the main process. Pure.
 */

// Rows of 3 bits each, top to bottom.
const glyphs: Record<string, readonly number[]> = {
  '0': [0b111, 0b101, 0b101, 0b101, 0b111],
  '1': [0b010, 0b110, 0b010, 0b010, 0b111],
  '2': [0b111, 0b001, 0b111, 0b100, 0b111],
  '3': [0b111, 0b001, 0b011, 0b001, 0b111],
  '4': [0b101, 0b101, 0b111, 0b001, 0b001],
  '5': [0b111, 0b100, 0b111, 0b001, 0b111],
  '6': [0b111, 0b100, 0b111, 0b101, 0b111],
  '7': [0b111, 0b001, 0b010, 0b010, 0b010],
  '8': [0b111, 0b101, 0b111, 0b101, 0b111],
  '9': [0b111, 0b101, 0b111, 0b001, 0b111],
  '+': [0b000, 0b010, 0b111, 0b010, 0b000],
};

/** Channel order of the bitmap: Chromium's native 32-bit order is BGRA on every desktop Electron runs on. */
export type PixelOrder = 'bgra' | 'rgba';

const RED = { r: 0xd7, g: 0x26, b: 0x1e };
const WHITE = { r: 0xff, g: 0xff, b: 0xff };

/** Where the pill lands: its box in pixels. Exposed for tests. */
export function badgeBox(width: number, height: number, text: string): { x: number; y: number; w: number; h: number } {
  const textWidth = text.length * 4 - 1;
  const w = Math.min(width, Math.max(9, textWidth + 4));
  const h = Math.min(height, 9);
  return { x: width - w, y: height - h, w, h };
}

/** A copy of `pixels` (width × height × 4 bytes) with the badge for `text` drawn on it; '' draws nothing. */
export function drawBadge(pixels: Uint8Array, width: number, height: number, text: string, order: PixelOrder = 'bgra'): Uint8Array {
  const out = Uint8Array.from(pixels);
  if (!text || width < 5 || height < 5) return out;
  const put = (x: number, y: number, color: { r: number; g: number; b: number }) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const at = (y * width + x) * 4;
    out[at] = order === 'bgra' ? color.b : color.r;
    out[at + 1] = color.g;
    out[at + 2] = order === 'bgra' ? color.r : color.b;
    out[at + 3] = 0xff;
  };
  const box = badgeBox(width, height, text);
  const radius = box.h / 2;
  for (let y = 0; y < box.h; y++) {
    for (let x = 0; x < box.w; x++) {
      // A pill: a rectangle whose short ends are half circles.
      const cx = Math.min(Math.max(x + 0.5, radius), box.w - radius);
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - radius;
      if (dx * dx + dy * dy <= radius * radius) put(box.x + x, box.y + y, RED);
    }
  }
  const textWidth = text.length * 4 - 1;
  const left = box.x + Math.floor((box.w - textWidth) / 2);
  const top = box.y + Math.floor((box.h - 5) / 2);
  [...text].forEach((char, i) => {
    const rows = glyphs[char];
    if (!rows) return;
    rows.forEach((bits, row) => {
      for (let col = 0; col < 3; col++) if (bits & (0b100 >> col)) put(left + i * 4 + col, top + row, WHITE);
    });
  });
  return out;
}
