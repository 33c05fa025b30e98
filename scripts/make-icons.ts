// Draws Cultivate's icon (a sprout on a rounded green tile) at every size the manifest needs and
// writes PNGs to public/icon/. Shapes are signed-distance functions, supersampled for clean edges,
// so the icon is ours and reproducible: `npx tsx scripts/make-icons.ts`.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const SUPERSAMPLE = 4;

type Rgba = [number, number, number, number];
const TILE: Rgba = [11, 107, 58, 255];
const LEAF: Rgba = [236, 248, 238, 255];

function roundedSquare(x: number, y: number, half: number, radius: number): number {
  const qx = Math.abs(x) - half + radius;
  const qy = Math.abs(y) - half + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** A leaf: the intersection of two discs, rotated by `angle` around its base at (bx, by). */
function leaf(x: number, y: number, bx: number, by: number, angle: number, length: number): number {
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  const lx = (x - bx) * cos - (y - by) * sin;
  const ly = (x - bx) * sin + (y - by) * cos;
  const r = length * 0.62;
  const offset = Math.sqrt(r * r - (length / 2) ** 2);
  const a = Math.hypot(lx - length / 2, ly - offset) - r;
  const b = Math.hypot(lx - length / 2, ly + offset) - r;
  return Math.max(a, b);
}

function stem(x: number, y: number): number {
  const dx = Math.abs(x) - 0.045;
  const top = -0.05;
  const bottom = 0.62;
  const dy = Math.max(top - y, y - bottom);
  return Math.max(dx, dy);
}

function colourAt(x: number, y: number): Rgba | null {
  if (roundedSquare(x, y, 0.92, 0.3) > 0) return null;
  const sprout = Math.min(
    stem(x, y),
    leaf(x, y, 0, 0.05, -Math.PI / 5, 0.72),
    leaf(x, y, 0, -0.02, Math.PI + Math.PI / 5.5, 0.6),
  );
  return sprout <= 0 ? LEAF : TILE;
}

function render(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let s = 0; s < n; s++) {
        const x = ((px + ((s % SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size) * 2 - 1;
        const y = ((py + (Math.floor(s / SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size) * 2 - 1;
        const c = colourAt(x, y);
        if (!c) continue;
        r += c[0];
        g += c[1];
        b += c[2];
        a += c[3];
      }
      const o = (py * size + px) * 4;
      const coverage = a / 255;
      pixels[o] = coverage ? Math.round(r / coverage) : 0;
      pixels[o + 1] = coverage ? Math.round(g / coverage) : 0;
      pixels[o + 2] = coverage ? Math.round(b / coverage) : 0;
      pixels[o + 3] = Math.round(a / n);
    }
  }
  return encodePng(size, size, pixels);
}

function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++)
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, render(size));
console.log(`Wrote public/icon/{${SIZES.join(',')}}.png`);
