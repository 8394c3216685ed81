// Fit, pan and zoom for the map camera: the township fills the view on demand (clear of the screen-space panels
// when there is room), dragging (a mouse or one finger) pans, the wheel or two fingers pinching zoom about the
// pointer or between the fingers, and the keyboard and buttons pan, zoom and centre through the same functions; the
// view never loses the township.
import type Phaser from 'phaser';
import type { Fit, Insets } from './fitView.ts';
import { fitView } from './fitView.ts';
import type { WorldPoint, WorldSize } from './mapProjection.ts';

/** How far in the map may zoom, as a multiple of the fitted zoom (far enough to see a blast's rings). */
const maxZoomFactor = 24;
/** Zoom change per pixel of wheel movement (a typical notch is 100 px: ×1.16). */
const wheelRate = 0.0015;

export interface CameraControls {
  /** Shows the whole township. */
  fit(): void;
  /** The zoom at which the whole township fits the view. */
  fitZoom(): number;
  /** Zooms by a factor about a screen point (default: the view's centre). */
  zoomBy(factor: number, aboutPx?: { x: number; y: number }): void;
  panBy(dxPx: number, dyPx: number): void;
  centreOn(point: WorldPoint): void;
}

/**
 * `clearings` says, for the current view, which ways of keeping the panels clear to try.
 * `onZoom` is called after every change of zoom, including each fit. Dragging pans only while `dragPans()` is true.
 */
export function attachCameraControls(options: {
  scene: Phaser.Scene;
  camera: Phaser.Cameras.Scene2D.Camera;
  world: WorldSize;
  clearings: () => readonly Insets[];
  onZoom: (zoom: number) => void;
  dragPans: (pointer: Phaser.Input.Pointer) => boolean;
}): CameraControls {
  const { scene, camera, world, clearings, onZoom } = options;
  const currentFit = (): Fit => fitView({ width: camera.width, height: camera.height }, world, clearings());

  // The camera zooms about its centre: a world point shows at (world - scroll - size / 2) × zoom + size / 2.
  // Scrolling is clamped so that some of the township always stays in view.
  const scrollTo = (scrollX: number, scrollY: number): void => {
    const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
    camera.setScroll(clamp(scrollX, -camera.width / 2, world.width - camera.width / 2),
      clamp(scrollY, -camera.height / 2, world.height - camera.height / 2));
  };

  const fit = (): void => {
    const { zoom, centreX, centreY } = currentFit();
    camera.setZoom(zoom);
    camera.setScroll(world.width / 2 - (centreX - camera.width / 2) / zoom - camera.width / 2,
      world.height / 2 - (centreY - camera.height / 2) / zoom - camera.height / 2);
    onZoom(zoom);
  };

  const zoomBy = (factor: number, aboutPx = { x: camera.x + camera.width / 2, y: camera.y + camera.height / 2 }): void => {
    const least = currentFit().zoom;
    const before = camera.zoom;
    const after = Math.min(least * maxZoomFactor, Math.max(least, before * factor));
    if (after === before) return;
    // Keep the world point under `aboutPx` where it is.
    const [sx, sy] = [aboutPx.x - camera.x - camera.width / 2, aboutPx.y - camera.y - camera.height / 2];
    camera.setZoom(after);
    scrollTo(camera.scrollX + sx / before - sx / after, camera.scrollY + sy / before - sy / after);
    onZoom(after);
  };

  const panBy = (dxPx: number, dyPx: number): void => scrollTo(camera.scrollX + dxPx / camera.zoom, camera.scrollY + dyPx / camera.zoom);
  const centreOn = (p: WorldPoint): void => scrollTo(p.x - camera.width / 2, p.y - camera.height / 2);

  // Two fingers down pinch: the zoom follows their spread, about the point between them; they never pan.
  scene.input.addPointer(1);
  let spreadPx: number | null = null;
  scene.input.on('pointermove', (pointer: Phaser.Input.Pointer) => {
    const fingers = twoFingers(scene);
    if (fingers) {
      if (spreadPx !== null && spreadPx > 0 && fingers.spreadPx > 0) zoomBy(fingers.spreadPx / spreadPx, fingers.between);
      spreadPx = fingers.spreadPx;
      return;
    }
    spreadPx = null;
    if (!pointer.isDown || !options.dragPans(pointer)) return;
    panBy(-(pointer.x - pointer.prevPosition.x), -(pointer.y - pointer.prevPosition.y));
  });
  scene.input.on('pointerup', () => { spreadPx = null; });

  scene.input.on('wheel', (pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
    zoomBy(Math.exp(-dy * wheelRate), { x: pointer.x, y: pointer.y });
  });

  return { fit, fitZoom: () => currentFit().zoom, zoomBy, panBy, centreOn };
}

/** Two fingers on the map now: how far apart and the point between them; null unless both are down. */
export function twoFingers(scene: Phaser.Scene): { spreadPx: number; between: { x: number; y: number } } | null {
  const [a, b] = [scene.input.pointer1, scene.input.pointer2];
  if (!a?.isDown || !b?.isDown) return null;
  return { spreadPx: Math.hypot(a.x - b.x, a.y - b.y), between: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
}
