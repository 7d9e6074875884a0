// Reads a PNG far enough to check it: signature, chunk CRCs, IHDR, and the decompressed RGBA pixels.
import { crc32, inflateSync } from "node:zlib";

export interface DecodedPng {
  width: number;
  height: number;
  colourType: number;
  /** RGBA rows without the filter bytes; only filter type 0 (none) is supported. */
  pixel(x: number, y: number): [number, number, number, number];
}

export function decodePng(file: Buffer): DecodedPng {
  if (!file.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    throw new Error("not a PNG");
  }
  let at = 8;
  let ihdr: Buffer | undefined;
  const idat: Buffer[] = [];
  while (at < file.length) {
    const length = file.readUInt32BE(at);
    const typeAndData = file.subarray(at + 4, at + 8 + length);
    if (crc32(typeAndData) !== file.readUInt32BE(at + 8 + length)) throw new Error("bad chunk CRC");
    const type = typeAndData.subarray(0, 4).toString("ascii");
    if (type === "IHDR") ihdr = typeAndData.subarray(4);
    if (type === "IDAT") idat.push(typeAndData.subarray(4));
    at += 12 + length;
  }
  if (!ihdr) throw new Error("no IHDR");
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(idat));
  if (raw.length !== height * (1 + width * 4)) throw new Error("pixel data has the wrong size");
  return {
    width,
    height,
    colourType: ihdr[9] ?? -1,
    pixel: (x, y) => {
      const i = y * (1 + width * 4) + 1 + x * 4;
      return [raw[i] ?? 0, raw[i + 1] ?? 0, raw[i + 2] ?? 0, raw[i + 3] ?? 0];
    },
  };
}
