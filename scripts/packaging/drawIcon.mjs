// Draws resources/icon.png (512×512), the app icon electron-builder turns into .icns, .ico and Linux sizes: the tray's
// glyph (three faders on a blue rounded square) at full size. Plain Node, so it needs no image tool:
// `npm exec -- node scripts/packaging/drawIcon.mjs`. Shapes are signed distances, so edges are antialiased.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { root } from '../ensureBuilt.mjs';

const size = 512;
const blue = [37, 99, 235]; // the tray icon's blue
const corner = 112;
const tracks = [144, 256, 368]; // fader rows (y)
const knobs = [336, 176, 288]; // knob centres (x), one per row

/** Distance from (x, y) to a rounded box centred at (cx, cy) with half-sizes (hw, hh) and corner radius r; <0 inside. */
function roundedBox(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

const cover = (distance) => Math.min(Math.max(0.5 - distance, 0), 1);

function pixel(x, y) {
  const background = cover(roundedBox(x, y, 256, 256, 256, 256, corner));
  let track = 0;
  let knob = 0;
  tracks.forEach((ty, row) => {
    track = Math.max(track, cover(roundedBox(x, y, 256, ty, 160, 22, 22)));
    knob = Math.max(knob, cover(Math.hypot(x - knobs[row], y - ty) - 50));
  });
  // Tracks are translucent white over the blue; knobs opaque white.
  const white = Math.max(knob, track * 0.6);
  return [...blue.map((c) => Math.round(c + (255 - c) * white)), Math.round(255 * background)];
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const rows = Buffer.alloc(size * (1 + size * 4));
for (let y = 0; y < size; y++) {
  const start = y * (1 + size * 4); // each row starts with filter type 0 (none)
  for (let x = 0; x < size; x++) Buffer.from(pixel(x + 0.5, y + 0.5)).copy(rows, start + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(join(root, 'resources', 'icon.png'), png);
console.log(`resources/icon.png: ${size}x${size}, ${png.length} bytes`);
