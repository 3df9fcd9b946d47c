// Decodes the PNG screenshots Chromium takes (8-bit RGB/RGBA, not interlaced) so tests can look at pixels.
import zlib from 'node:zlib';

export function decodePng(buf) {
  const sig = '89504e470d0a1a0a';
  if (buf.subarray(0, 8).toString('hex') !== sig) throw new Error('not a PNG');
  let pos = 8, width = 0, height = 0, colorType = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const depth = data[8];
      colorType = data[9];
      if (depth !== 8 || (colorType !== 2 && colorType !== 6) || data[12] !== 0)
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colorType}, interlace ${data[12]})`);
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const bpp = colorType === 6 ? 4 : 3;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const rgba = Buffer.alloc(width * height * 4);
  const prev = Buffer.alloc(stride), cur = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    raw.copy(cur, 0, y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? cur[x - bpp] : 0, b = prev[x], c = x >= bpp ? prev[x - bpp] : 0;
      let v = cur[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[x] = v & 255;
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      rgba[o] = cur[x * bpp]; rgba[o + 1] = cur[x * bpp + 1]; rgba[o + 2] = cur[x * bpp + 2];
      rgba[o + 3] = bpp === 4 ? cur[x * bpp + 3] : 255;
    }
    cur.copy(prev);
  }
  return { width, height, rgba };
}

// Statistics of a rectangle (in image pixels): distinct colours, share of pixels far from the
// dominant colour ("ink"), and the dominant colour itself.
export function regionStats(img, x0, y0, x1, y1) {
  const counts = new Map();
  x0 = Math.max(0, Math.floor(x0)); y0 = Math.max(0, Math.floor(y0));
  x1 = Math.min(img.width, Math.ceil(x1)); y1 = Math.min(img.height, Math.ceil(y1));
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const o = (y * img.width + x) * 4;
      const key = (img.rgba[o] << 16) | (img.rgba[o + 1] << 8) | img.rgba[o + 2];
      counts.set(key, (counts.get(key) || 0) + 1);
    }
  let dominant = 0, best = -1;
  for (const [k, n] of counts) if (n > best) { best = n; dominant = k; }
  const dr = dominant >> 16, dg = (dominant >> 8) & 255, db = dominant & 255;
  let ink = 0;
  for (const [k, n] of counts) {
    const d = Math.abs((k >> 16) - dr) + Math.abs(((k >> 8) & 255) - dg) + Math.abs((k & 255) - db);
    if (d > 150) ink += n;
  }
  const total = Math.max(1, (x1 - x0) * (y1 - y0));
  return { distinct: counts.size, inkShare: ink / total, dominant: [dr, dg, db], luminance: (dr * 299 + dg * 587 + db * 114) / 1000 };
}
