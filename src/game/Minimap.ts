// The minimap: the whole township, drawn once into a small texture in a screen corner, with the incidents, the
// moving units and a frame round what the main view shows drawn over it each frame. A press or drag on it moves
// the main view there.
import Phaser from 'phaser';
import type { WorldPoint, WorldSize } from './mapProjection.ts';

export const minimapWidthPx = 170;
export const minimapHeightPx = 136;
const marginPx = 12;
/** The minimap's roads and markers are drawn this many times thinner than on the map. */
const thinLines = 2.5;

export class Minimap {
  readonly image: Phaser.GameObjects.RenderTexture;
  /** Drawn over the image every frame, in screen space. */
  readonly marks: Phaser.GameObjects.Graphics;
  readonly border: Phaser.GameObjects.Graphics;
  private readonly scale: number;
  private top = 0;
  private shown = true;

  constructor(scene: Phaser.Scene, private readonly world: WorldSize) {
    this.scale = Math.min(minimapWidthPx / world.width, minimapHeightPx / world.height);
    this.image = scene.add.renderTexture(marginPx, 0, minimapWidthPx, minimapHeightPx).setOrigin(0, 0);
    this.marks = scene.add.graphics();
    this.border = scene.add.graphics();
  }

  /** Paints the township into the minimap once; `redrawFor` first redraws its lines and markers thin enough for it. */
  paint(objects: readonly Phaser.GameObjects.GameObject[], redrawFor: (zoom: number) => void): void {
    redrawFor(this.scale * thinLines);
    const own = this.image.camera;
    own.setZoom(this.scale).centerOn(this.world.width / 2, this.world.height / 2);
    this.image.fill(0xdfe6ea).draw([...objects]).render();
  }

  /** Puts the minimap in the bottom-left corner of a view of this height. */
  layout(viewHeight: number): void {
    this.top = viewHeight - minimapHeightPx - marginPx;
    this.image.setPosition(marginPx, this.top);
    this.border.clear().lineStyle(2, 0x1f3a4d, 1).strokeRect(marginPx - 1, this.top - 1, minimapWidthPx + 2, minimapHeightPx + 2);
  }

  private toScreen(p: WorldPoint): WorldPoint {
    return {
      x: marginPx + minimapWidthPx / 2 + (p.x - this.world.width / 2) * this.scale,
      y: this.top + minimapHeightPx / 2 + (p.y - this.world.height / 2) * this.scale,
    };
  }

  /** The main view's frame, and dots for incidents (in their colours) and units on the move. */
  frame(main: Phaser.Cameras.Scene2D.Camera, incidents: readonly { at: WorldPoint; colour: number }[], movingUnits: readonly WorldPoint[]): void {
    const g = this.marks.clear();
    g.fillStyle(0xffa000, 1);
    for (const p of movingUnits) { const s = this.toScreen(p); g.fillRect(s.x - 1.5, s.y - 1.5, 3, 3); }
    for (const { at, colour } of incidents) { const s = this.toScreen(at); g.fillStyle(0xffffff, 1).fillCircle(s.x, s.y, 4.5).fillStyle(colour, 1).fillCircle(s.x, s.y, 3.5); }
    const v = main.worldView;
    const a = this.toScreen({ x: Math.max(0, v.x), y: Math.max(0, v.y) });
    const b = this.toScreen({ x: Math.min(this.world.width, v.right), y: Math.min(this.world.height, v.bottom) });
    if (b.x > a.x && b.y > a.y) g.lineStyle(2, 0xd7263d, 1).strokeRect(a.x, a.y, b.x - a.x, b.y - a.y);
  }

  /** Shows or hides the minimap (a phone-sized map has no room for it); a hidden one takes no presses. */
  setShown(shown: boolean): void {
    this.shown = shown;
    for (const part of [this.image, this.marks, this.border]) part.setVisible(shown);
  }

  /** The world point under a screen point, or null when the point is not on the minimap (or it is hidden). */
  worldAt(screenX: number, screenY: number): WorldPoint | null {
    if (!this.shown) return null;
    if (screenX < marginPx || screenY < this.top || screenX > marginPx + minimapWidthPx || screenY > this.top + minimapHeightPx) return null;
    const x = this.world.width / 2 + (screenX - marginPx - minimapWidthPx / 2) / this.scale;
    const y = this.world.height / 2 + (screenY - this.top - minimapHeightPx / 2) / this.scale;
    return { x: Phaser.Math.Clamp(x, 0, this.world.width), y: Phaser.Math.Clamp(y, 0, this.world.height) };
  }
}
