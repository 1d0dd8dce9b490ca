// Draws the extension's icon (extension/media/icon.png, 128×128, what vsce and the Marketplace
// want: a PNG, not an SVG): a timeline — three phase bars (warm-up, burst, review in the
// preview's colours) and a milestone diamond — on a dark rounded square. Supersampled 4× for
// smooth edges; written with node:zlib, no image library. Run: node extension/scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128, SS = 4, N = SIZE * SS;
const img = new Float64Array(N * N * 4); // premultiplied RGBA, 0..1

function blend(x, y, [r, g, b, a]) {
    const i = (y * N + x) * 4;
    const k = 1 - a;
    img[i] = r * a + img[i] * k; img[i + 1] = g * a + img[i + 1] * k; img[i + 2] = b * a + img[i + 2] * k; img[i + 3] = a + img[i + 3] * k;
}
const hex = (h, a = 1) => [parseInt(h.slice(1, 3), 16) / 255, parseInt(h.slice(3, 5), 16) / 255, parseInt(h.slice(5, 7), 16) / 255, a];
function roundRect(x0, y0, x1, y1, r, colour) {
    [x0, y0, x1, y1, r] = [x0, y0, x1, y1, r].map(v => v * SS);
    for (let y = Math.floor(y0); y < y1; y++) for (let x = Math.floor(x0); x < x1; x++) {
        const dx = Math.max(x0 + r - x - 0.5, 0, x + 0.5 - (x1 - r)), dy = Math.max(y0 + r - y - 0.5, 0, y + 0.5 - (y1 - r));
        if (dx * dx + dy * dy <= r * r) blend(x, y, colour);
    }
}
function diamond(cx, cy, r, colour) {
    [cx, cy, r] = [cx, cy, r].map(v => v * SS);
    for (let y = Math.floor(cy - r); y < cy + r; y++) for (let x = Math.floor(cx - r); x < cx + r; x++) {
        if (Math.abs(x + 0.5 - cx) + Math.abs(y + 0.5 - cy) <= r) blend(x, y, colour);
    }
}

roundRect(4, 4, 124, 124, 22, hex('#1e2a38'));
// The day grid.
for (const x of [30, 54, 78, 102]) roundRect(x, 18, x + 1.5, 110, 0.5, hex('#ffffff', 0.14));
roundRect(18, 30, 70, 46, 5, hex('#cca700'));   // warm-up
roundRect(62, 56, 98, 72, 5, hex('#f14c4c'));   // burst
roundRect(94, 82, 114, 98, 5, hex('#b180d7'));  // review
diamond(62, 101, 11, hex('#ffffff'));            // milestone
diamond(62, 101, 6.5, hex('#d18616'));

// Downsample and write an RGBA PNG.
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0;
    for (let x = 0; x < SIZE; x++) {
        const acc = [0, 0, 0, 0];
        for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
            const i = ((y * SS + sy) * N + x * SS + sx) * 4;
            for (let c = 0; c < 4; c++) acc[c] += img[i + c];
        }
        const a = acc[3] / (SS * SS);
        const o = y * (SIZE * 4 + 1) + 1 + x * 4;
        for (let c = 0; c < 3; c++) raw[o + c] = a > 0 ? Math.round(Math.min(1, acc[c] / (SS * SS) / a) * 255) : 0;
        raw[o + 3] = Math.round(a * 255);
    }
}
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = buf => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    data.copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0); ihdr.writeUInt32BE(SIZE, 4); ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../media/icon.png', import.meta.url), png);
console.log(`extension/media/icon.png: ${png.length} bytes`);
