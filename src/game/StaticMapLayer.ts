// The township's unchanging layers (terrain, water, roads, markers, badges, labels) drawn once into a screen-sized
// texture and drawn again only when the camera moves. During a drill the map then costs one copy per frame instead
// of repainting every road and label, which is what keeps a hall PC (or a projector laptop) smooth.
import type Phaser from 'phaser';

interface CameraView { zoom: number; scrollX: number; scrollY: number; width: number; height: number }

export class StaticMapLayer {
  readonly image: Phaser.GameObjects.RenderTexture;
  private drawn: CameraView | null = null;

  constructor(scene: Phaser.Scene, private readonly objects: readonly Phaser.GameObjects.GameObject[], width: number, height: number) {
    this.image = scene.add.renderTexture(0, 0, width, height).setOrigin(0, 0).setDepth(-1);
  }

  /** Redraw at the next `update`, e.g. after labels moved for a new zoom. */
  invalidate(): void {
    this.drawn = null;
  }

  /** Draws the layers as `camera` shows them, unless they are already drawn for that view. */
  update(camera: Phaser.Cameras.Scene2D.Camera): void {
    const view: CameraView = { zoom: camera.zoom, scrollX: camera.scrollX, scrollY: camera.scrollY, width: camera.width, height: camera.height };
    const d = this.drawn;
    if (d && d.zoom === view.zoom && d.scrollX === view.scrollX && d.scrollY === view.scrollY && d.width === view.width && d.height === view.height) return;
    if (!d || d.width !== view.width || d.height !== view.height) this.image.resize(view.width, view.height);
    const own = this.image.camera;
    own.setSize(view.width, view.height).setZoom(view.zoom).setScroll(view.scrollX, view.scrollY);
    // Drawing into a texture ignores visibility, so hidden labels (too minor for this zoom) are left out here.
    this.image.clear().draw(this.objects.filter((o) => (o as Phaser.GameObjects.GameObject & { visible: boolean }).visible)).render();
    this.drawn = view;
  }
}
