// The command bar: as whom orders are given (the facilitator may speak for any team in the hall; a trainee
// plays one role), the forms for the reports, warnings, county support and response level, area drawing, the
// map's view controls, and the end of the drill. Each button names its keyboard shortcut.
import { ui } from '../../i18n/ui/uiText.ts';
import type { UiKey } from '../../i18n/ui/zhCN.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { button, fill, h, select } from '../buildElement.ts';
import { displayName } from '../displayName.ts';

export interface CommandActions {
  report: () => void;
  warning: () => void;
  county: () => void;
  level: () => void;
  area: () => void;
  fit: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  legend: () => void;
  end: () => void;
}

export class CommandBar {
  readonly element = h('div', { className: 'command-bar', attrs: { 'data-testid': 'command-bar' } });

  constructor(private readonly ctx: TabletopController, private readonly act: CommandActions) {
    ctx.subscribe((change) => { if (change === 'pickMode') this.render(); });
    this.render();
  }

  render(): void {
    const lang = this.ctx.language();
    const { world, session } = this.ctx;
    const team = session.team;
    const acting = team === null
      ? h('label', { className: 'acting-as' }, [ui(lang, 'command.actingAs'), select([...world.teams].map((id) => [id, displayName(world, id, lang)] as const), this.ctx.actingAs(), {
        attrs: { 'data-testid': 'acting-as' }, on: { change: (e) => this.ctx.setActingAs((e.target as HTMLSelectElement).value) },
      })])
      : h('span', { className: 'acting-as' }, [ui(lang, 'command.playing', { team: displayName(world, team, lang) })]);
    const b = (key: UiKey, keyHint: UiKey, action: () => void, testId: string, className = '') =>
      button(ui(lang, key), action, { className, attrs: { 'data-testid': testId, title: ui(lang, keyHint) } });
    fill(this.element, [
      acting,
      h('div', { className: 'command-group' }, [
        b('command.report', 'key.report', this.act.report, 'open-report'),
        b('command.warning', 'key.warning', this.act.warning, 'open-warning'),
        b('command.county', 'key.county', this.act.county, 'open-county'),
        b('command.level', 'key.level', this.act.level, 'open-level'),
        b('command.area', 'key.area', this.act.area, 'draw-area', this.ctx.pickMode() === 'area' ? 'active' : ''),
      ]),
      h('div', { className: 'command-group' }, [
        b('command.fit', 'key.fit', this.act.fit, 'map-fit'),
        b('command.zoomIn', 'key.zoomIn', this.act.zoomIn, 'map-zoom-in'),
        b('command.zoomOut', 'key.zoomOut', this.act.zoomOut, 'map-zoom-out'),
        b('command.legend', 'key.legend', this.act.legend, 'map-legend'),
      ]),
      b('command.end', 'command.endHint', this.act.end, 'end-drill', 'end'),
    ]);
  }
}
