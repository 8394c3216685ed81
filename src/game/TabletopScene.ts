// The tabletop map: the township under a movable camera, the incidents with their hazard overlays, the units
// moving on it, the selection; the title block, legend and minimap fixed on screen. It draws the team view it is
// fed (redrawing the incidents when a new one arrives, the tokens every frame) and reports clicks; it never
// changes the drill.
import Phaser from 'phaser';
import type { CameraControls } from './cameraControls.ts';
import { attachCameraControls } from './cameraControls.ts';
import { createMapInput } from './attachMapInput.ts';
import { drawLegend } from './drawLegend.ts';
import { drawSelection } from './drawSelection.ts';
import { drawTitleBlock } from './drawTitleBlock.ts';
import { drawTownship } from './drawTownship.ts';
import type { Insets } from './fitView.ts';
import { IncidentLayer } from './IncidentLayer.ts';
import { toWorld, worldSize } from './mapProjection.ts';
import { Minimap, minimapHeightPx, minimapWidthPx } from './Minimap.ts';
import { StaticMapLayer } from './StaticMapLayer.ts';
import type { TownshipMap } from '../sim/index.ts';
import type { CameraState, MapCommands, TabletopView } from './tabletopView.ts';
import { UnitTokens } from './UnitTokens.ts';

type GameObject = Phaser.GameObjects.GameObject;

const screenMarginPx = 12;
/** Focusing on an incident zooms in to at least this multiple of the fitted zoom. */
const focusZoomFactor = 8;
/** In projector mode every screen-sized thing on the map (lines, markers, labels, tokens) is drawn this much larger. */
const projectorScale = 1.4;
/** The legend shows at first only where the map has room for it beside the township; G or its button toggles it. */
const legendRoomPx = 1100;
/** A map narrower than this (a phone's seat) shows the township alone: no title block or minimap to keep clear of. */
const compactBelowPx = 600;

/** What a restart (for a new language) keeps: where the camera was. */
export interface TabletopSceneData { camera?: CameraState }

interface PanelSize { widthPx: number; heightPx: number }
const noClearing: Insets = { top: 0, bottom: 0, left: 0, right: 0 };

/** Keep the panels (title top-left, minimap bottom-left, legend bottom-right) clear beside the map, or above and below it. */
function panelClearings(title: PanelSize, minimap: PanelSize, legend: PanelSize | null): Insets[] {
  const legendSize = legend ?? { widthPx: 0, heightPx: 0 };
  const left = Math.max(title.widthPx, minimap.widthPx) + 2 * screenMarginPx;
  const right = legendSize.widthPx + 2 * screenMarginPx;
  const top = title.heightPx + 2 * screenMarginPx;
  const bottom = Math.max(legendSize.heightPx, minimap.heightPx) + 2 * screenMarginPx;
  return [{ top: 0, bottom: 0, left, right: Math.max(left, right) }, { top, bottom, left: 0, right: 0 }];
}

export class TabletopScene extends Phaser.Scene {
  static readonly key = 'tabletop';
  private keep: TabletopSceneData = {};
  private frameUpdate: ((timeMs: number) => void) | null = null;

  constructor(private readonly view: TabletopView) {
    super({ key: TabletopScene.key });
  }

  init(data: TabletopSceneData): void {
    this.keep = data;
  }

  create(): void {
    const { view } = this;
    const map = view.drill.map;
    const language = view.language();
    const world = worldSize(map);
    // Drawing keeps sizes constant on screen by dividing by the zoom; dividing by a smaller "drawing zoom" draws larger.
    const uiScale = view.projector() ? projectorScale : 1;
    const township = drawTownship(this, map, language);
    const staticMap = new StaticMapLayer(this, township.objects, this.scale.width, this.scale.height);
    const minimap = new Minimap(this, world);
    minimap.paint(township.objects.slice(0, 2), (zoom) => township.redraw(zoom, zoom));
    const incidents = new IncidentLayer(this, view);
    const tokens = new UnitTokens(this, view);
    const selectionMark = this.add.graphics().setDepth(8);
    const areaMark = this.add.graphics().setDepth(9);
    const title = drawTitleBlock(this, map, language);
    const legend = drawLegend(this, language);

    const { base, camera, hud } = this.arrangeCameras({
      township: township.objects,
      cache: staticMap.image,
      drill: [incidents.hazards, incidents.markers, incidents.pulse, ...incidents.textObjects(), tokens.graphics, ...tokens.labelObjects(), selectionMark, areaMark],
      screen: [title.container, legend.container, minimap.image, minimap.marks, minimap.border],
    });

    incidents.onTextsAdded = (objects) => { base.ignore(objects); hud.ignore(objects); };
    const input = createMapInput({ scene: this, camera, minimap, view, areaMark, uiScale, sources: () => ({ map, tokens: tokens.positions(), incidents: incidents.positions() }) });
    let zoomChanged = true;
    const controls = attachCameraControls({
      scene: this, camera, world,
      clearings: () => (title.container.visible ? panelClearings(title, { widthPx: minimapWidthPx, heightPx: minimapHeightPx }, legend.container.visible ? legend : null) : [noClearing]),
      dragPans: (pointer) => input.dragPans(pointer),
      onZoom: (zoom) => {
        township.redraw(zoom / uiScale, controls.fitZoom() / uiScale);
        title.setZoom(zoom);
        staticMap.invalidate();
        zoomChanged = true;
      },
    });
    input.attach(controls);

    legend.container.setVisible(this.scale.width >= legendRoomPx);
    const layout = (width: number, height: number): void => {
      for (const c of [base, camera, hud]) c.setSize(width, height);
      const compact = width < compactBelowPx;
      title.container.setVisible(!compact);
      minimap.setShown(!compact);
      title.container.setPosition(screenMarginPx, screenMarginPx);
      legend.container.setPosition(width - legend.widthPx - screenMarginPx, height - legend.heightPx - screenMarginPx);
      minimap.layout(height);
      controls.fit();
    };
    const onResize = (size: Phaser.Structs.Size): void => layout(size.width, size.height);
    layout(this.scale.width, this.scale.height);
    this.restoreCamera(camera, controls);
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    let viewChanged = true;
    const stopListening = view.onView(() => { viewChanged = true; });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => { this.scale.off(Phaser.Scale.Events.RESIZE, onResize); stopListening(); this.frameUpdate = null; });

    this.frameUpdate = (timeMs) => {
      const zoom = camera.zoom / uiScale;
      if (zoomChanged || viewChanged) {
        incidents.redraw(zoom);
        viewChanged = false;
        zoomChanged = false;
      }
      staticMap.update(camera);
      tokens.draw(zoom, controls.fitZoom() / uiScale);
      incidents.drawPulse(zoom, timeMs);
      drawSelection(selectionMark, view, zoom);
      minimap.frame(camera, incidents.positions(), tokens.positions().filter((t) => t.moving).map((t) => t.world));
    };

    view.mapReady(mapCommands({ map, camera, controls, tokens, incidents, legend: legend.container }));
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => view.mapDrawn(township.counts()));
  }

  override update(time: number): void {
    this.frameUpdate?.(time);
  }

  /**
   * Cameras, bottom to top: the cached township (screen space), the drill on the map, the screen-space panels.
   * The township's own objects are drawn only into the cache, so every camera leaves them out.
   */
  private arrangeCameras(objects: { township: GameObject[]; cache: GameObject; drill: GameObject[]; screen: GameObject[] }) {
    const base = this.cameras.main;
    const camera = this.cameras.add(0, 0, this.scale.width, this.scale.height, false, 'world');
    const hud = this.cameras.add(0, 0, this.scale.width, this.scale.height, false, 'hud');
    for (const c of [base, camera, hud]) c.ignore(objects.township);
    base.ignore([...objects.screen, ...objects.drill]);
    camera.ignore([...objects.screen, objects.cache]);
    hud.ignore([...objects.drill, objects.cache]);
    return { base, camera, hud };
  }

  private restoreCamera(camera: Phaser.Cameras.Scene2D.Camera, controls: { zoomBy(f: number): void }): void {
    const kept = this.keep.camera;
    if (!kept) return;
    controls.zoomBy(kept.zoom / camera.zoom);
    camera.setScroll(kept.scrollX, kept.scrollY);
  }
}

/** What the panels and shortcuts may ask of the map: the camera moves, and where the tokens are drawn. */
function mapCommands(parts: { map: TownshipMap; camera: Phaser.Cameras.Scene2D.Camera; controls: CameraControls; tokens: UnitTokens; incidents: IncidentLayer; legend: Phaser.GameObjects.Container }): MapCommands {
  const { map, camera, controls, tokens, incidents, legend } = parts;
  const screenOf = (x: number, y: number) => ({ screenX: (x - camera.worldView.x) * camera.zoom + camera.x, screenY: (y - camera.worldView.y) * camera.zoom + camera.y });
  return {
    fit: () => controls.fit(),
    zoomBy: (factor) => controls.zoomBy(factor),
    panBy: (dx, dy) => controls.panBy(dx, dy),
    centreOn: (p) => controls.centreOn(toWorld(map, p)),
    focusOn: (p) => {
      const close = focusZoomFactor * controls.fitZoom();
      if (camera.zoom < close) controls.zoomBy(close / camera.zoom);
      controls.centreOn(toWorld(map, p));
    },
    tokens: () => tokens.positions().map((t) => ({ unit: t.unit, xM: t.atM.xM, yM: t.atM.yM, ...screenOf(t.world.x, t.world.y) })),
    overlays: () => incidents.overlaysDrawn().map((o) => ({ ...o })),
    screenOf: (p) => { const w = toWorld(map, p); return screenOf(w.x, w.y); },
    toggleLegend: () => { legend.setVisible(!legend.visible); },
    cameraState: () => ({ zoom: camera.zoom, scrollX: camera.scrollX, scrollY: camera.scrollY }),
  };
}
