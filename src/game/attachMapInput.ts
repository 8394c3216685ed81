// Pointer input on the map: a click or tap (little movement between press and release) picks what is under it; a
// second finger makes it a pinch, which picks nothing; a drag pans, or in area mode draws a circle; a press on the
// minimap moves the view there. Nothing needs a right-click, and the map only reports picks: the panels turn them
// into orders.
import type Phaser from 'phaser';
import type { CameraControls } from './cameraControls.ts';
import { twoFingers } from './cameraControls.ts';
import type { WorldPoint } from './mapProjection.ts';
import { CELL_PX } from './mapProjection.ts';
import type { Minimap } from './Minimap.ts';
import type { PickSources } from './pickAt.ts';
import { pickAt } from './pickAt.ts';
import type { TabletopView } from './tabletopView.ts';

/** A press that moves less than this before release is a click. */
const clickSlopPx = 6;

interface Press { x: number; y: number; onMinimap: boolean; areaFrom: WorldPoint | null }

export interface MapInput {
  /** Whether a drag with this pointer should pan the main camera. */
  dragPans(pointer: Phaser.Input.Pointer): boolean;
  attach(controls: CameraControls): void;
}

export function createMapInput(options: {
  scene: Phaser.Scene;
  camera: Phaser.Cameras.Scene2D.Camera;
  minimap: Minimap;
  view: TabletopView;
  sources: () => Omit<PickSources, 'mode'>;
  /** Where the circle being drawn is shown (world space). */
  areaMark: Phaser.GameObjects.Graphics;
  /** How much larger than normal the map draws its markers (projector mode): picking reaches as far. */
  uiScale: number;
}): MapInput {
  const { scene, camera, minimap, view, areaMark } = options;
  let press: Press | null = null;
  const metresPerUnit = (): number => view.drill.map.cellSizeM / CELL_PX;

  const attach = (controls: CameraControls): void => {
    scene.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      // A second finger makes it a pinch: neither finger picks anything when it lifts.
      if (twoFingers(scene)) { press = null; areaMark.clear(); return; }
      const onMinimap = minimap.worldAt(p.x, p.y);
      if (onMinimap) controls.centreOn(onMinimap);
      const areaFrom = !onMinimap && view.pickMode() === 'area' ? camera.getWorldPoint(p.x, p.y) : null;
      press = { x: p.x, y: p.y, onMinimap: onMinimap !== null, areaFrom: areaFrom ? { x: areaFrom.x, y: areaFrom.y } : null };
    });
    scene.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (!press || !p.isDown) return;
      if (press.onMinimap) {
        const at = minimap.worldAt(p.x, p.y);
        if (at) controls.centreOn(at);
      } else if (press.areaFrom) {
        const to = camera.getWorldPoint(p.x, p.y);
        const r = Math.hypot(to.x - press.areaFrom.x, to.y - press.areaFrom.y);
        areaMark.clear().fillStyle(0xffd400, 0.2).fillCircle(press.areaFrom.x, press.areaFrom.y, r)
          .lineStyle(2 / camera.zoom, 0xb38f00, 1).strokeCircle(press.areaFrom.x, press.areaFrom.y, r);
      }
    });
    scene.input.on('pointerup', (p: Phaser.Input.Pointer) => {
      const done = press;
      press = null;
      areaMark.clear();
      if (!done || done.onMinimap) return;
      if (done.areaFrom) {
        const to = camera.getWorldPoint(p.x, p.y);
        const radius = Math.hypot(to.x - done.areaFrom.x, to.y - done.areaFrom.y);
        if (radius * camera.zoom < clickSlopPx) return;
        const m = metresPerUnit();
        view.picked({ kind: 'area', xM: Math.round(done.areaFrom.x * m), yM: Math.round(done.areaFrom.y * m), radiusM: Math.round(radius * m) });
        return;
      }
      if (Math.hypot(p.x - done.x, p.y - done.y) >= clickSlopPx) return;
      const at = camera.getWorldPoint(p.x, p.y);
      if (view.pickMode() === 'place') {
        const m = metresPerUnit();
        view.picked({ kind: 'point', xM: Math.round(at.x * m), yM: Math.round(at.y * m) });
        return;
      }
      view.picked(pickAt({ x: at.x, y: at.y }, camera.zoom / options.uiScale, { ...options.sources(), mode: view.pickMode() === 'target' ? 'target' : 'select' }));
    });
  };

  return { dragPans: () => press !== null && !press.onMinimap && press.areaFrom === null, attach };
}
