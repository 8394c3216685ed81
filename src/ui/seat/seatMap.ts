// A light map of the township, drawn in SVG (the projector joined to a room shows it; a team's seat has the tabletop
// map, SeatTabletop.ts): roads, rivers, villages, stations and shelters from the drill's map, then what the view
// holds — units and the incidents known, where they are known. It draws nothing else: an incident not in the view
// cannot be on this map. A tap on a unit or an incident says which one (no hover, no right-click).
import type { Language } from '../../i18n/translate.ts';
import type { PointM, TeamView, World } from '../../sim/index.ts';
import { factorStyle } from '../../game/factorStyles.ts';
import { displayName } from '../displayName.ts';

const svgNs = 'http://www.w3.org/2000/svg';

export type MapTap = { kind: 'unit' | 'incident'; id: string };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, children: readonly SVGElement[] = []): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

const hex = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;
const points = (list: readonly PointM[]): string => list.map((p) => `${Math.round(p.xM)},${Math.round(p.yM)}`).join(' ');
const roadWidth: Record<string, number> = { provincial: 3, county: 2.2, village: 1.5, track: 1 };

export class SeatMap {
  readonly element: SVGSVGElement;
  private readonly live: SVGGElement;
  /** Map metres per reference unit (a 390 px wide phone shows the whole width): sizes marks and labels. */
  private readonly unitM: number;

  constructor(private readonly world: World, private readonly language: Language, onTap: (tap: MapTap) => void) {
    const map = world.drill.map;
    const widthM = map.widthCells * map.cellSizeM;
    const heightM = map.heightCells * map.cellSizeM;
    this.unitM = widthM / 390;
    this.live = svg('g', { class: 'seat-map-live' });
    this.element = svg('svg', { viewBox: `0 0 ${widthM} ${heightM}`, class: 'seat-map', role: 'img', 'data-testid': 'seat-map', 'aria-label': map[language === 'zh' ? 'nameZh' : 'nameEn'] },
      [this.base(), this.live]);
    this.element.addEventListener('click', (event) => {
      const mark = (event.target as Element | null)?.closest('[data-tap-kind]');
      const kind = mark?.getAttribute('data-tap-kind');
      const id = mark?.getAttribute('data-tap-id');
      if ((kind === 'unit' || kind === 'incident') && id) onTap({ kind, id });
    });
  }

  /** Redraws the team's units and known incidents from its view (the projector: the public incidents, no units). */
  show(view: { units: TeamView['units']; incidents: readonly Pick<TeamView['incidents'][number], 'id' | 'factor' | 'at'>[] }): void {
    const u = this.unitM;
    const incidents = view.incidents.map((i) => svg('g', { 'data-tap-kind': 'incident', 'data-tap-id': i.id, 'data-testid': `seat-map-incident-${i.id}`, class: 'seat-map-incident' }, [
      svg('circle', { cx: i.at.xM, cy: i.at.yM, r: 11 * u, fill: hex(factorStyle(i.factor).colour), stroke: '#fff', 'stroke-width': 2 * u }),
      this.text(i.at, factorStyle(i.factor).glyph[this.language], { size: 11, fill: '#fff', anchor: 'middle', dy: 4 }),
    ]));
    const units = view.units.map((unit) => {
      const title = svg('title', {});
      title.textContent = displayName(this.world, unit.id, this.language);
      return svg('circle', {
        cx: unit.at.xM, cy: unit.at.yM, r: 6 * u, fill: '#1f5fa8', stroke: '#fff', 'stroke-width': 1.5 * u,
        'data-tap-kind': 'unit', 'data-tap-id': unit.id, class: 'seat-map-unit',
      }, [title]);
    });
    this.live.replaceChildren(...units, ...incidents);
  }

  private base(): SVGGElement {
    const map = this.world.drill.map;
    const u = this.unitM;
    const name = (id: string): string => displayName(this.world, id, this.language);
    return svg('g', { class: 'seat-map-base' }, [
      svg('rect', { x: 0, y: 0, width: map.widthCells * map.cellSizeM, height: map.heightCells * map.cellSizeM, fill: '#eef2e6' }),
      ...map.water.map((w) => svg('polyline', { points: points(w.pointsM), fill: 'none', stroke: w.kind === 'river' ? '#6fa8dc' : '#7a6a4f', 'stroke-width': (w.kind === 'river' ? 4 : 2) * u })),
      ...map.roads.map((r) => svg('polyline', { points: points(r.pointsM), fill: 'none', stroke: '#9a9a9a', 'stroke-width': (roadWidth[r.roadClass] ?? 1) * u })),
      ...map.shelters.map((s) => svg('rect', { x: s.at.xM - 4 * u, y: s.at.yM - 4 * u, width: 8 * u, height: 8 * u, fill: '#2e7d32' })),
      ...map.stations.map((s) => svg('rect', { x: s.at.xM - 3 * u, y: s.at.yM - 3 * u, width: 6 * u, height: 6 * u, fill: '#555' })),
      ...map.villages.flatMap((v) => [
        svg('circle', { cx: v.at.xM, cy: v.at.yM, r: 5 * u, fill: '#fff', stroke: '#333', 'stroke-width': 1.2 * u }),
        this.text(v.at, name(v.id), { size: 10, fill: '#222', anchor: 'middle', dy: -8 }),
      ]),
    ]);
  }

  private text(at: PointM, content: string, style: { size: number; fill: string; anchor: string; dy: number }): SVGTextElement {
    const u = this.unitM;
    const element = svg('text', { x: at.xM, y: at.yM + style.dy * u, 'font-size': style.size * u, fill: style.fill, 'text-anchor': style.anchor, 'pointer-events': 'none' });
    element.textContent = content;
    return element;
  }
}
