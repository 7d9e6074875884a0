// Draws the Teams app icons as PNGs with node:zlib: `npx tsx manifests/teams/draw-icons.ts`.
// color.png 192×192: white rising bars (a benchmark) on the accent colour; outline.png 32×32: the same
// bars in white on a transparent background, as Teams requires of outline icons.
import { writeFileSync } from "node:fs";
import { crc32, deflateSync } from "node:zlib";

type Rgba = [number, number, number, number];
const ACCENT: Rgba = [0x5b, 0x2c, 0x83, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Bars as fractions of the icon: x, width, height (from a shared baseline). */
const BARS = [
  { x: 0.2, width: 0.16, height: 0.3 },
  { x: 0.42, width: 0.16, height: 0.45 },
  { x: 0.64, width: 0.16, height: 0.6 },
];

function draw(size: number, background: Rgba, margin: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const baseline = Math.round(size * (1 - margin));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inBar = BARS.some(
        (b) =>
          x >= Math.round(b.x * size) &&
          x < Math.round((b.x + b.width) * size) &&
          y < baseline &&
          y >= baseline - Math.round(b.height * size),
      );
      pixels.set(inBar ? WHITE : background, (y * size + x) * 4);
    }
  }
  return pixels;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method variants, no interlace
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const here = new URL(".", import.meta.url);
writeFileSync(new URL("color.png", here), encodePng(192, draw(192, ACCENT, 0.2)));
writeFileSync(new URL("outline.png", here), encodePng(32, draw(32, CLEAR, 0.15)));
