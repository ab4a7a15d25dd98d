import { describe, expect, it } from "vitest";
import zlib from "node:zlib";
import { countPixels, decodePng } from "../support/png";

// builds a PNG by hand: 3×2 RGB, rows with filter 0 (none) and 1 (sub)
function png(): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    return Buffer.concat([len, Buffer.from(type, "ascii"), body, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(3, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const rows = Buffer.from([0, 255, 255, 255, 31, 95, 139, 255, 0, 0, 1, 10, 10, 10, 0, 0, 0, 5, 5, 5]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("decodePng", () => {
  it("decodes RGB rows with none and sub filters", () => {
    const img = decodePng(png());
    expect([img.width, img.height, img.channels]).toEqual([3, 2, 3]);
    expect([...img.data]).toEqual([255, 255, 255, 31, 95, 139, 255, 0, 0, 10, 10, 10, 10, 10, 10, 15, 15, 15]);
    expect(countPixels(img, (r, g, b) => r + g + b < 700)).toBe(5);
  });
});
