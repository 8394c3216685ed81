// The highlight round what is selected (other than a unit, whose token shows it): a ring on a map object or
// incident, the road traced over, a cross on a point, the drawn circle of an area.
import type Phaser from 'phaser';
import type { WorldPoint } from './mapProjection.ts';
import { CELL_PX, toWorld } from './mapProjection.ts';
import type { TabletopView } from './tabletopView.ts';
import { selectedColour } from './unitTokenStyles.ts';

export function drawSelection(g: Phaser.GameObjects.Graphics, view: TabletopView, zoom: number): void {
  g.clear();
  const selection = view.selection();
  if (!selection || selection.kind === 'unit') return;
  const px = 1 / zoom;
  const { world } = view;
  const map = world.drill.map;
  const ring = (at: WorldPoint, radiusPx: number): void => {
    g.lineStyle(4 * px, 0x1b1b1b, 0.6).strokeCircle(at.x, at.y, radiusPx * px);
    g.lineStyle(3 * px, selectedColour, 1).strokeCircle(at.x, at.y, radiusPx * px);
  };
  switch (selection.kind) {
    case 'incident': {
      // Only where the team shown knows of it: a selection kept from 导演视角 does not point at an unknown incident.
      const known = view.view().incidents.find((i) => i.id === selection.id);
      if (known) ring(toWorld(map, known.at), 20);
      return;
    }
    case 'road': {
      const road = map.roads.find((r) => r.id === selection.id);
      if (!road) return;
      const points = road.pointsM.map((p) => toWorld(map, p));
      g.lineStyle(9 * px, selectedColour, 0.75).beginPath().moveTo(points[0]!.x, points[0]!.y);
      for (const p of points.slice(1)) g.lineTo(p.x, p.y);
      g.strokePath();
      return;
    }
    case 'point': {
      const at = toWorld(map, selection);
      g.lineStyle(3 * px, selectedColour, 1).lineBetween(at.x - 8 * px, at.y, at.x + 8 * px, at.y).lineBetween(at.x, at.y - 8 * px, at.x, at.y + 8 * px);
      return;
    }
    case 'area': {
      const at = toWorld(map, selection);
      const r = selection.radiusM * (CELL_PX / map.cellSizeM);
      g.fillStyle(selectedColour, 0.15).fillCircle(at.x, at.y, r).lineStyle(3 * px, selectedColour, 1).strokeCircle(at.x, at.y, r);
      return;
    }
    default: {
      const object = world.objects.get(selection.id);
      if (object) ring(toWorld(map, object.at), 13);
    }
  }
}
