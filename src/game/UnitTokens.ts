// The units the viewing team sees, redrawn every frame: each at its base, gliding along its road route when
// dispatched (between whole sim seconds too), and standing with the others at a scene. Units off the map are not drawn.
import type Phaser from 'phaser';
import type { PointM } from '../sim/index.ts';
import { unitPositionAt } from '../sim/index.ts';
import { mapFontFamily } from './mapFont.ts';
import type { WorldPoint } from './mapProjection.ts';
import { toWorld } from './mapProjection.ts';
import type { TabletopView } from './tabletopView.ts';
import type { UnitOwnerKind } from './unitTokenStyles.ts';
import { closeUpZoomFactor, ownerColours, restingScale, sceneGapPx, selectedColour, statusRingColours, tokenDropPx, tokenRadiusPx, tokenSpacingPx } from './unitTokenStyles.ts';

export interface PlacedToken { unit: string; atM: PointM; world: WorldPoint; moving: boolean }

export class UnitTokens {
  readonly graphics: Phaser.GameObjects.Graphics;
  private readonly labels = new Map<string, Phaser.GameObjects.Text>();
  private readonly ownerKinds = new Map<string, UnitOwnerKind>();
  private placed: PlacedToken[] = [];

  constructor(scene: Phaser.Scene, private readonly view: TabletopView) {
    this.graphics = scene.add.graphics().setDepth(6);
    const { world } = view;
    const style = { fontFamily: mapFontFamily, fontSize: '12px', fontStyle: 'bold', color: '#0f2433', stroke: '#ffffff', strokeThickness: 4 };
    for (const def of world.drill.roster.units) {
      const name = view.language() === 'zh' ? def.nameZh : def.nameEn;
      this.labels.set(def.id, scene.add.text(0, 0, name, style).setOrigin(0, 0.5).setDepth(7).setVisible(false));
      const kind = def.owner === 'county' ? 'county' : (world.objects.get(def.owner)?.kind ?? 'station');
      this.ownerKinds.set(def.id, kind === 'village' || kind === 'facility' || kind === 'county' ? kind : 'station');
    }
  }

  labelObjects(): Phaser.GameObjects.GameObject[] {
    return [...this.labels.values()];
  }

  /** The tokens as last drawn. */
  positions(): readonly PlacedToken[] {
    return this.placed;
  }

  /** `fitZoom` is the zoom that shows the whole township: further out than a close-up, resting units shrink. */
  draw(zoom: number, fitZoom: number): void {
    const px = 1 / zoom;
    const resting = zoom >= closeUpZoomFactor * fitZoom ? 1 : restingScale;
    const units = this.view.view().units;
    const timeS = this.view.displayTimeS();
    const selection = this.view.selection();
    const selected = selection?.kind === 'unit' ? selection.id : null;
    const labelAway = this.view.projector();
    const g = this.graphics.clear();
    const map = this.view.drill.map;
    const standing = new Map<string, number>();
    const counts = new Map<string, number>();
    for (const u of units) if (!u.movement) counts.set(key(u.at), (counts.get(key(u.at)) ?? 0) + 1);
    this.placed = [];
    for (const unit of units) {
      const label = this.labels.get(unit.id);
      label?.setVisible(false);
      if (unit.status === 'offMap' || unit.status === 'incoming') continue;
      const atM = unitPositionAt(unit, timeS);
      const base = toWorld(map, atM);
      let world = base;
      if (!unit.movement) {
        const k = key(unit.at);
        const index = standing.get(k) ?? 0;
        standing.set(k, index + 1);
        world = unit.status === 'atBase' ? belowSpot(base, index, counts.get(k) ?? 1, px, resting) : besideSpot(base, index, px);
      }
      this.placed.push({ unit: unit.id, atM, world, moving: unit.movement !== null });
      if (unit.id === selected && unit.movement) drawRoute(g, unit.movement.pointsM.map((p) => toWorld(map, p)), world, unit.movement.legEndS, timeS, px);
      const scale = unit.status === 'atBase' && unit.id !== selected ? resting : 1;
      drawToken(g, world, ownerColours[this.ownerKinds.get(unit.id) ?? 'station'], statusRingColours[unit.status] ?? null, unit.id === selected, px * scale);
      // On the projector every unit away from its base is named, so the hall can follow who goes where.
      if (label && (unit.movement || unit.id === selected || (labelAway && unit.status !== 'atBase'))) label.setPosition(world.x + (tokenRadiusPx + 4) * px, world.y).setScale(px).setVisible(true);
    }
  }
}

const key = (p: PointM): string => `${Math.round(p.xM)},${Math.round(p.yM)}`;

/** Units at their base make a small grid below its marker; `scale` shrinks the grid with the tokens. */
function belowSpot(at: WorldPoint, index: number, count: number, px: number, scale: number): WorldPoint {
  const columns = Math.ceil(Math.sqrt(count));
  const column = index % columns;
  const row = Math.floor(index / columns);
  const spacing = tokenSpacingPx * px * scale;
  return { x: at.x + (column - (columns - 1) / 2) * spacing, y: at.y + tokenDropPx * px * (0.5 + 0.5 * scale) + row * spacing };
}

/** Units on a scene line up in columns of four to the right of it, clear of the incident's marker and label. */
function besideSpot(at: WorldPoint, index: number, px: number): WorldPoint {
  const column = Math.floor(index / 4);
  const row = index % 4;
  return { x: at.x + (sceneGapPx + column * tokenSpacingPx) * px, y: at.y + (row - 1.5) * tokenSpacingPx * px };
}

function drawToken(g: Phaser.GameObjects.Graphics, at: WorldPoint, fill: number, ring: number | null, selected: boolean, px: number): void {
  const r = tokenRadiusPx * px;
  if (selected) g.fillStyle(selectedColour, 0.95).fillCircle(at.x, at.y, r + 5 * px);
  if (ring !== null) g.fillStyle(ring, 1).fillCircle(at.x, at.y, r + 3 * px);
  g.fillStyle(0xffffff, 1).fillCircle(at.x, at.y, r + 1.2 * px);
  g.fillStyle(fill, 1).fillCircle(at.x, at.y, r);
}

/** The rest of a selected unit's route, from where it is now. */
function drawRoute(g: Phaser.GameObjects.Graphics, points: WorldPoint[], from: WorldPoint, legEndS: number[], timeS: number, px: number): void {
  const next = legEndS.findIndex((endS) => endS > timeS);
  if (next < 0) return;
  g.lineStyle(3 * px, selectedColour, 0.9).beginPath().moveTo(from.x, from.y);
  for (const p of points.slice(next + 1)) g.lineTo(p.x, p.y);
  g.strokePath();
}
