// Draws the site's icons into public/ (run once; the results are committed): favicon.ico (PNG
// images of 16, 32 and 48 pixels in an ICO container), apple-touch-icon.png (180 px) and icon.svg,
// all the same mark: a white "N" on a dark blue rounded square (Tailwind's blue-900, the
// registry's brand colour). `node prisma/tools/make-icons.mjs`
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../../public/', import.meta.url));
const BLUE = [0x1e, 0x3a, 0x8a];
const WHITE = [0xff, 0xff, 0xff];

// The mark on a 32×32 grid: the square (corner radius 6) and the three strokes of the N.
const RADIUS = 6;
const STROKES = [
  [
    [9, 8],
    [9, 24],
  ],
  [
    [23, 8],
    [23, 24],
  ],
  [
    [9, 8],
    [23, 24],
  ],
];
const HALF_WIDTH = 2;

function insideSquare(x, y) {
  const cx = Math.min(Math.max(x, RADIUS), 32 - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), 32 - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}
function onStroke(x, y) {
  return STROKES.some(([[x1, y1], [x2, y2]]) => {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) <= HALF_WIDTH;
  });
}

/** RGBA pixels of the mark at `size`, 4×4 samples per pixel. */
function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = ((px + (sx + 0.5) / n) * 32) / size;
          const y = ((py + (sy + 0.5) / n) * 32) / size;
          if (!insideSquare(x, y)) continue;
          cover++;
          if (onStroke(x, y)) white++;
        }
      }
      const i = (py * size + px) * 4;
      const mix = cover ? white / cover : 0;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(BLUE[c] * (1 - mix) + WHITE[c] * mix);
      pixels[i + 3] = Math.round((255 * cover) / (n * n));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(size) {
  const pixels = draw(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
function ico(sizes) {
  const images = sizes.map(png);
  const head = Buffer.alloc(6 + 16 * sizes.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2); // icon
  head.writeUInt16LE(sizes.length, 4);
  let offset = head.length;
  sizes.forEach((size, i) => {
    const e = 6 + 16 * i;
    head[e] = size % 256;
    head[e + 1] = size % 256;
    head.writeUInt16LE(1, e + 4); // colour planes
    head.writeUInt16LE(32, e + 6); // bits per pixel
    head.writeUInt32LE(images[i].length, e + 8);
    head.writeUInt32LE(offset, e + 12);
    offset += images[i].length;
  });
  return Buffer.concat([head, ...images]);
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="${RADIUS}" fill="#1e3a8a"/>
  <path d="${STROKES.map(([[x1, y1], [x2, y2]]) => `M${x1} ${y1}L${x2} ${y2}`).join('')}" stroke="#fff" stroke-width="${2 * HALF_WIDTH}" stroke-linecap="round" fill="none"/>
</svg>
`;

fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'favicon.ico'), ico([16, 32, 48]));
fs.writeFileSync(path.join(out, 'apple-touch-icon.png'), png(180));
fs.writeFileSync(path.join(out, 'icon.svg'), svg);
console.log('• public/favicon.ico, public/apple-touch-icon.png, public/icon.svg');
