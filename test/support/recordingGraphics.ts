// A stand-in for Phaser's Graphics that records every drawing call, so an overlay can be checked without a canvas.
import type Phaser from 'phaser';

export interface DrawCall { name: string; args: number[] }

const methods = ['fillStyle', 'lineStyle', 'fillRect', 'strokeRect', 'fillCircle', 'strokeCircle', 'lineBetween'] as const;

export function recordingGraphics(): { g: Phaser.GameObjects.Graphics; calls: DrawCall[] } {
  const calls: DrawCall[] = [];
  const g: Record<string, unknown> = {};
  for (const name of methods) {
    g[name] = (...args: number[]) => {
      calls.push({ name, args });
      return g;
    };
  }
  return { g: g as unknown as Phaser.GameObjects.Graphics, calls };
}

/** The shapes drawn (fills, strokes and lines), without the style changes. */
export const shapes = (calls: readonly DrawCall[]) => calls.filter((c) => !c.name.endsWith('Style'));
