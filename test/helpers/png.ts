// A minimal PNG reader for tests: 8-bit RGB or RGBA, not interlaced (what Chromium's screenshots
// are), so a test can read the colour of a pixel it expects a dot at.
import { inflateSync } from "zlib";

export interface Png {
    width: number;
    height: number;
    /** RGB of the pixel at (x, y). */
    rgb(x: number, y: number): [number, number, number];
}

export function readPng(buf: Buffer): Png {
    if (buf.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") throw new Error("not a PNG");
    let width = 0, height = 0, channels = 0;
    const idat: Buffer[] = [];
    for (let at = 8; at < buf.length;) {
        const len = buf.readUInt32BE(at);
        const type = buf.toString("ascii", at + 4, at + 8);
        const data = buf.subarray(at + 8, at + 8 + len);
        if (type === "IHDR") {
            width = data.readUInt32BE(0);
            height = data.readUInt32BE(4);
            const [depth, colour, , , interlace] = data.subarray(8, 13);
            channels = colour === 6 ? 4 : colour === 2 ? 3 : 0;
            if (depth !== 8 || channels === 0 || interlace !== 0) throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour}, interlace ${interlace})`);
        } else if (type === "IDAT") {
            idat.push(data);
        }
        at += 12 + len;
    }
    const raw = inflateSync(Buffer.concat(idat));
    const stride = width * channels;
    const px = Buffer.alloc(height * stride);
    for (let y = 0; y < height; y++) {
        const filter = raw[y * (stride + 1)];
        const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
        for (let i = 0; i < stride; i++) {
            const a = i >= channels ? px[y * stride + i - channels] : 0;
            const b = y > 0 ? px[(y - 1) * stride + i] : 0;
            const c = y > 0 && i >= channels ? px[(y - 1) * stride + i - channels] : 0;
            const pred = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
            px[y * stride + i] = (line[i] + pred) & 0xff;
        }
    }
    return {
        width,
        height,
        rgb: (x, y) => {
            const o = Math.round(y) * stride + Math.round(x) * channels;
            return [px[o], px[o + 1], px[o + 2]];
        },
    };
}

function paeth(a: number, b: number, c: number): number {
    const p = a + b - c;
    const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
