// Fit, pan and zoom for the map camera: the township fills the view on demand (clear of the screen-space panels
// when there is room), dragging pans, the wheel zooms about the pointer; the view never loses the township.
import type Phaser from 'phaser';
import type { Fit, Insets } from './fitView.ts';
import { fitView } from './fitView.ts';
import type { WorldSize } from './mapProjection.ts';

/** How far in the wheel may zoom, as a multiple of the fitted zoom. */
const maxZoomFactor = 8;
/** Zoom change per pixel of wheel movement (a typical notch is 100 px: ×1.16). */
const wheelRate = 0.0015;

export interface CameraControls {
  /** Shows the whole township. */
  fit(): void;
  /** The zoom at which the whole township fits the view. */
  fitZoom(): number;
}

/**
 * `clearings` says, for the current view, which ways of keeping the panels clear to try.
 * `onZoom` is called after every change of zoom, including each fit.
 */
export function attachCameraControls(options: {
  scene: Phaser.Scene;
  camera: Phaser.Cameras.Scene2D.Camera;
  world: WorldSize;
  clearings: () => readonly Insets[];
  onZoom: (zoom: number) => void;
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

  scene.input.on('pointermove', (pointer: Phaser.Input.Pointer) => {
    if (!pointer.isDown) return;
    scrollTo(camera.scrollX - (pointer.x - pointer.prevPosition.x) / camera.zoom,
      camera.scrollY - (pointer.y - pointer.prevPosition.y) / camera.zoom);
  });

  scene.input.on('wheel', (pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
    const least = currentFit().zoom;
    const before = camera.zoom;
    const after = Math.min(least * maxZoomFactor, Math.max(least, before * Math.exp(-dy * wheelRate)));
    if (after === before) return;
    // Keep the world point under the pointer where it is.
    const [sx, sy] = [pointer.x - camera.x - camera.width / 2, pointer.y - camera.y - camera.height / 2];
    camera.setZoom(after);
    scrollTo(camera.scrollX + sx / before - sx / after, camera.scrollY + sy / before - sy / after);
    onZoom(after);
  });

  return { fit, fitZoom: () => currentFit().zoom };
}
