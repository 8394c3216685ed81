// Every incident the viewing team knows of, on the map, as it knows it: its factor's hazard overlay (from the
// registry), and over it the generic marker — the factor's character in a disc of its colour, the phase and the
// casualties the team knows beneath (the truth only in the facilitator's view).
import type Phaser from 'phaser';
import { ui } from '../i18n/ui/uiText.ts';
import { incidentPhaseText } from './incidentPhaseText.ts';
import { factorStyle } from './factorStyles.ts';
import type { IncidentView } from '../sim/index.ts';
import { mapFontFamily } from './mapFont.ts';
import type { WorldPoint } from './mapProjection.ts';
import { CELL_PX, toWorld } from './mapProjection.ts';
import { drawReading } from './overlays/overlayRegistry.ts';
import type { OverlayDrawn, TabletopView } from './tabletopView.ts';

export const incidentMarkerRadiusPx = 13;
const endedColour = 0x7b8790;

interface MarkerTexts { glyph: Phaser.GameObjects.Text; label: Phaser.GameObjects.Text }

export class IncidentLayer {
  /** Hazard overlays, under the map labels. */
  readonly hazards: Phaser.GameObjects.Graphics;
  readonly markers: Phaser.GameObjects.Graphics;
  /** Redrawn every frame: a ring swelling round each active incident. */
  readonly pulse: Phaser.GameObjects.Graphics;
  private readonly texts = new Map<string, MarkerTexts>();
  private shown: { id: string; at: WorldPoint; active: boolean; colour: number }[] = [];
  /** How many drawing commands each incident's hazard overlay gave at the last redraw. */
  private overlayCommands: OverlayDrawn[] = [];

  /** Called with the text objects made for a curveball added after the scene started, so cameras can leave them out. */
  onTextsAdded: ((objects: Phaser.GameObjects.GameObject[]) => void) | null = null;

  constructor(private readonly scene: Phaser.Scene, private readonly view: TabletopView) {
    this.hazards = scene.add.graphics().setDepth(2);
    this.markers = scene.add.graphics().setDepth(4);
    this.pulse = scene.add.graphics().setDepth(4);
    for (const spec of view.drill.scenario.incidents) this.makeTexts(spec.id, spec.factor);
  }

  private makeTexts(id: string, factor: string): MarkerTexts {
    const language = this.view.language();
    const glyph = this.scene.add.text(0, 0, factorStyle(factor).glyph[language], { fontFamily: mapFontFamily, fontSize: language === 'zh' ? '16px' : '12px', fontStyle: 'bold', color: '#ffffff' })
      .setOrigin(0.5).setDepth(5).setVisible(false);
    const label = this.scene.add.text(0, 0, '', { fontFamily: mapFontFamily, fontSize: '13px', fontStyle: 'bold', color: '#7a0d12', stroke: '#ffffff', strokeThickness: 4, align: 'center' })
      .setOrigin(0.5, 0).setDepth(5).setVisible(false);
    const texts = { glyph, label };
    this.texts.set(id, texts);
    return texts;
  }

  /** A curveball's marker texts are made the first time it is drawn. */
  private textsOf(id: string, factor: string): MarkerTexts {
    const known = this.texts.get(id);
    if (known) return known;
    const made = this.makeTexts(id, factor);
    this.onTextsAdded?.([made.glyph, made.label]);
    return made;
  }

  /** Text objects, for cameras that should not show them. */
  textObjects(): Phaser.GameObjects.GameObject[] {
    return [...this.texts.values()].flatMap((t) => [t.glyph, t.label]);
  }

  /** Where each incident shown now is, in world units, with its marker's colour. */
  positions(): readonly { id: string; at: WorldPoint; colour: number }[] {
    return this.shown;
  }

  /** What each shown incident's overlay drew at the last redraw (for checks from outside the page). */
  overlaysDrawn(): readonly OverlayDrawn[] {
    return this.overlayCommands;
  }

  redraw(zoom: number): void {
    const { world } = this.view;
    const map = world.drill.map;
    const px = 1 / zoom;
    const r = incidentMarkerRadiusPx * px;
    this.hazards.clear();
    this.markers.clear();
    for (const t of this.texts.values()) { t.glyph.setVisible(false); t.label.setVisible(false); }
    this.shown = [];
    this.overlayCommands = [];
    const teamView = this.view.view();
    // Each incident's map reading as the core computed it for this team (none for one it was only told of).
    const readings = new Map(teamView.readings.map((r) => [r.incident, r]));
    for (const known of teamView.incidents) {
      const texts = this.textsOf(known.id, known.factor);
      const at = toWorld(map, known.at);
      const active = !known.ended;
      const colour = active ? factorStyle(known.factor).colour : endedColour;
      this.shown.push({ id: known.id, at, active, colour });
      const before = this.hazards.commandBuffer.length;
      const reading = readings.get(known.id);
      if (reading) drawReading(this.hazards, reading, { at, unitsPerM: CELL_PX / map.cellSizeM, px });
      this.overlayCommands.push({ incident: known.id, factor: known.factor, commands: this.hazards.commandBuffer.length - before });
      this.markers.fillStyle(0xffffff, 1).fillCircle(at.x, at.y, r + 2 * px);
      this.markers.fillStyle(colour, 1).fillCircle(at.x, at.y, r);
      texts.glyph.setPosition(at.x, at.y).setScale(px).setVisible(true);
      texts.label.setText(this.labelOf(known)).setPosition(at.x, at.y + r + 2 * px).setScale(px).setVisible(true);
    }
  }

  /** The swelling ring of active incidents; `timeMs` is the page's clock, so it beats even while paused. */
  drawPulse(zoom: number, timeMs: number): void {
    this.pulse.clear();
    const phase = (timeMs % 1600) / 1600;
    const radius = (incidentMarkerRadiusPx + 4 + 14 * phase) / zoom;
    for (const { at, active, colour } of this.shown) {
      if (!active) continue;
      this.pulse.lineStyle(3 / zoom, colour, 1 - phase).strokeCircle(at.x, at.y, radius);
    }
  }

  private labelOf(incident: IncidentView): string {
    const language = this.view.language();
    const phase = incidentPhaseText(incident, language);
    const casualties = incident.casualties;
    if (casualties === null || casualties.deaths + casualties.injured + casualties.missing === 0) return phase;
    return `${phase}\n${ui(language, 'incident.casualtiesShort', { dead: casualties.deaths, injured: casualties.injured, missing: casualties.missing })}`;
  }
}
