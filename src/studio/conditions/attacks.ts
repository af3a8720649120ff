/**
 * Presentation attacks (issue 4 §5): a paper copy photographed (grey or faded colour print with halftone dots,
 * toner specks and paper), a photo of the document shown on a screen (pixel grid, moiré, bezel, reflection), and a
 * phone screenshot of the document (status bar, app chrome, no camera effects).
 */

import { createCanvas } from '@napi-rs/canvas';
import { font, STACK } from '../fonts.js';
import type { Rng } from '../prng.js';
import { blur, glareBy, smoothstep } from '../raster/filters.js';
import { applyH, homographyFrom, multiplyH, rectCorners, type Homography } from '../raster/homography.js';
import { createRaster, fromCanvas, luma, shrink, type Raster } from '../raster/raster.js';
import type { Point } from '../types.js';
import { lay, optics, place, stage } from './capture.js';
import type { Shot } from './camera.js';

/** Halftone one channel value v (0–255) at print pixel (x, y) for a dot screen of `period` px at `angle`. */
function halftone(v: number, x: number, y: number, period: number, angle: number): number {
  const ca = Math.cos(angle);
  const sa = Math.sin(angle);
  const u = (x * ca + y * sa) / period;
  const w = (-x * sa + y * ca) / period;
  const screen = 0.5 + 0.25 * (Math.cos(2 * Math.PI * u) + Math.cos(2 * Math.PI * w));
  const ink = 1 - v / 255;
  return 255 * (1 - smoothstep(screen - 0.12, screen + 0.12, ink));
}

export function paperCopy(rng: Rng, doc: Raster): Shot {
  // Print at half the render resolution (about 150 dpi toner dots), on a sheet a little larger than the card.
  const print = shrink(doc, 2);
  const grey = rng.chance(0.65);
  const period = rng.range(3.2, 4.5);
  const margin = rng.range(0.18, 0.35);
  const sheetW = Math.round(print.width * (1 + 2 * margin));
  const sheetH = Math.round(print.height + print.width * 2 * margin);
  const sheet = createRaster(sheetW, sheetH, [250, 249, 244]);
  const ox = Math.round((sheetW - print.width) / 2);
  const oy = Math.round((sheetH - print.height) / 2);
  const fade = rng.range(0.75, 0.9);
  for (let y = 0; y < print.height; y++) {
    for (let x = 0; x < print.width; x++) {
      const i = (y * print.width + x) * 4;
      const a = print.data[i + 3]! / 255;
      if (a === 0) continue;
      const o = ((y + oy) * sheetW + x + ox) * 4;
      const base: number[] = grey ? [luma(print.data, i), luma(print.data, i), luma(print.data, i)] : [print.data[i]!, print.data[i + 1]!, print.data[i + 2]!];
      for (let c = 0; c < 3; c++) {
        // Copiers wash out light tints and darken text: contrast around the midtones, then the dot screen.
        const toned = Math.min(255, Math.max(0, (base[c]! - 128) * 1.25 + 150 + (1 - fade) * 60));
        const dot = halftone(toned, x, y, period, grey ? Math.PI / 4 : [0.26, 1.31, 0][c]!);
        sheet.data[o + c] = dot * a + sheet.data[o + c]! * (1 - a);
      }
    }
  }
  // Toner specks and paper fibre.
  const specks = Math.round(sheetW * sheetH * 0.0004);
  for (let k = 0; k < specks; k++) {
    const o = (rng.int(0, sheetH - 1) * sheetW + rng.int(0, sheetW - 1)) * 4;
    const v = rng.range(40, 140);
    sheet.data[o] = v;
    sheet.data[o + 1] = v;
    sheet.data[o + 2] = v;
  }
  blur(sheet, 1);
  const cardOnSheet: Homography = homographyFrom(rectCorners(doc.width, doc.height), [
    [ox, oy],
    [ox + doc.width / 2, oy],
    [ox + doc.width / 2, oy + doc.height / 2],
    [ox, oy + doc.height / 2],
  ]);
  const [w, h] = rng.chance(0.3) ? [1200, 1600] : [1600, 1200];
  const sheetQuad = place(rng, w, h, sheetW, sheetH, { span: [0.8, 0.95], rotations: [0, 0, 0, 90, 180, 270], jitter: 8, perspective: 0.05, margin: 0.01 });
  const image = stage(rng, { width: w, height: h }, [sheetQuad]);
  const sheetH2 = lay(image, sheet, sheetQuad);
  optics(rng, image, { unevenLight: rng.range(0.1, 0.35), shadow: 0.3, defocus: rng.range(0, 1), motion: 0, noise: rng.range(2, 4) });
  const total = multiplyH(sheetH2, cardOnSheet);
  return { image, quad: rectCorners(doc.width, doc.height).map((p) => applyH(total, p)), quality: rng.int(70, 92) };
}

/** A photo of the document displayed on a monitor or phone: sub-pixel grid and moiré, bezel, reflection. */
export function screen(rng: Rng, doc: Raster): Shot {
  const landscape = doc.width >= doc.height;
  const [sw, sh] = landscape ? [1280, 800] : [800, 1280];
  const bezel = Math.round(sw * rng.range(0.03, 0.06));
  const panel = createRaster(sw + 2 * bezel, sh + 2 * bezel, [12, 12, 14]);
  const viewer = rng.pick<[number, number, number]>([[0, 0, 0], [30, 30, 32], [238, 238, 238]]);
  for (let y = bezel; y < bezel + sh; y++) {
    for (let x = bezel; x < bezel + sw; x++) {
      const o = (y * panel.width + x) * 4;
      panel.data[o] = viewer[0];
      panel.data[o + 1] = viewer[1];
      panel.data[o + 2] = viewer[2];
    }
  }
  const fit = Math.min((sw * rng.range(0.8, 0.92)) / doc.width, (sh * 0.9) / doc.height);
  const dw = doc.width * fit;
  const dh = doc.height * fit;
  const dx = bezel + (sw - dw) / 2;
  const dy = bezel + (sh - dh) / 2;
  const onPanel: Point[] = [
    [dx, dy],
    [dx + dw, dy],
    [dx + dw, dy + dh],
    [dx, dy + dh],
  ];
  lay(panel, doc, onPanel);
  const [w, h] = landscape ? [1600, 1200] : [1200, 1600];
  const panelQuad = place(rng, w, h, panel.width, panel.height, { span: [0.85, 1.0], rotations: [0, 0, 0, 180], jitter: 6, perspective: 0.04, margin: 0.005 });
  const image = stage(rng, { width: w, height: h }, [panelQuad]);
  const gap = rng.range(0.1, 0.2);
  const dim = rng.range(0.45, 0.65);
  // RGB stripes of each screen pixel and the dark gap between rows: sampled at camera resolution they beat into moiré.
  const panelH = lay(image, panel, panelQuad, (u, v, out) => {
    if (u < bezel || v < bezel || u > bezel + sw || v > bezel + sh) {
      out[0] = out[1] = out[2] = 1;
      return;
    }
    const fu = u - Math.floor(u);
    const fv = v - Math.floor(v);
    const row = fv < gap ? 0.55 : 1;
    out[0] = (fu < 1 / 3 ? 1.25 : dim) * row;
    out[1] = (fu >= 1 / 3 && fu < 2 / 3 ? 1.25 : dim) * row;
    out[2] = (fu >= 2 / 3 ? 1.25 : dim) * row;
  });
  const angle = rng.range(0, Math.PI);
  const offset = rng.range(-0.3, 0.3);
  const strength = rng.range(0.12, 0.3);
  glareBy(image, (x, y) => {
    const d = ((x / w - 0.5) * Math.cos(angle) + (y / h - 0.5) * Math.sin(angle) - offset) / 0.12;
    return strength * Math.exp(-d * d);
  });
  optics(rng, image, { unevenLight: rng.range(0, 0.2), shadow: 0, defocus: rng.range(0, 1.2), motion: 0, noise: rng.range(2, 5) });
  const total = multiplyH(panelH, homographyFrom(rectCorners(doc.width, doc.height), onPanel));
  return { image, quad: rectCorners(doc.width, doc.height).map((p) => applyH(total, p)), quality: rng.int(70, 92) };
}

/** A phone screenshot: the document image shown flat in a viewer app, with status bar and navigation. */
export function screenshot(rng: Rng, doc: Raster): Shot {
  const [w, h] = rng.pick<[number, number]>([[1080, 2340], [1170, 2532], [1080, 1920]]);
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const dark = rng.chance(0.6);
  ctx.fillStyle = dark ? '#000000' : '#f5f5f7';
  ctx.fillRect(0, 0, w, h);
  const ink = dark ? '#ffffff' : '#111111';
  ctx.fillStyle = ink;
  ctx.font = font(w * 0.036, STACK.sans, 600);
  ctx.fillText(`${rng.int(7, 23)}:${String(rng.int(0, 59)).padStart(2, '0')}`, w * 0.07, w * 0.075);
  // Signal bars and battery.
  for (let i = 0; i < 4; i++) ctx.fillRect(w * (0.76 + i * 0.018), w * (0.07 - 0.008 * i), w * 0.012, w * 0.008 * (i + 1));
  ctx.strokeStyle = ink;
  ctx.lineWidth = w * 0.003;
  ctx.strokeRect(w * 0.86, w * 0.045, w * 0.07, w * 0.032);
  ctx.fillRect(w * 0.865, w * 0.05, w * 0.07 * rng.range(0.2, 0.85), w * 0.022);
  // App bar: back chevron and a title.
  ctx.font = font(w * 0.045, STACK.sans, 500);
  ctx.fillText('‹', w * 0.04, w * 0.2);
  ctx.font = font(w * 0.04, STACK.sans, 600);
  ctx.textAlign = 'center';
  ctx.fillText(rng.pick(['Photos', 'Gallery', 'Files', 'IMG_' + rng.digits(4) + '.JPG']), w / 2, w * 0.195);
  ctx.textAlign = 'left';
  // Bottom toolbar and home indicator.
  ctx.globalAlpha = 0.8;
  for (let i = 0; i < 4; i++) {
    ctx.beginPath();
    ctx.arc(w * (0.15 + i * 0.233), h - w * 0.2, w * 0.028, 0, Math.PI * 2);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.fillRect(w * 0.35, h - w * 0.04, w * 0.3, w * 0.012);
  const frame = fromCanvas(canvas);
  const fit = Math.min((w * rng.range(0.9, 1)) / doc.width, (h * 0.6) / doc.height);
  const dw = doc.width * fit;
  const dh = doc.height * fit;
  const x = (w - dw) / 2;
  const y = (h - dh) / 2 + rng.range(-0.05, 0.05) * h;
  const quad: Point[] = [
    [x, y],
    [x + dw, y],
    [x + dw, y + dh],
    [x, y + dh],
  ];
  lay(frame, doc, quad);
  return { image: frame, quad, quality: rng.int(85, 95) };
}
