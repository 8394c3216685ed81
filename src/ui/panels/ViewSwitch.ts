// Whose view the tabletop shows, said on screen: in the hall two buttons choose the command post's view (the
// default: only what it has been told) or the facilitator's (导演视角: the truth); in self-training it names the
// trainee's team. It changes only the setting; the controller computes and pushes the chosen view.
import { ui } from '../../i18n/ui/uiText.ts';
import { TeamCommandPost, TeamFacilitator } from '../../sim/index.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { button, fill, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';

export class ViewSwitch {
  readonly element = h('div', { className: 'view-switch', attrs: { 'data-testid': 'view-switch', role: 'group' } });

  constructor(private readonly ctx: TabletopController) {
    this.render();
  }

  render(): void {
    const lang = this.ctx.language();
    const viewing = this.ctx.viewingTeam();
    this.element.dataset.viewing = viewing;
    this.element.setAttribute('aria-label', ui(lang, 'view.title'));
    if (this.ctx.session.mode !== 'hall') {
      fill(this.element, [h('span', { className: 'view-label' }, [ui(lang, 'view.of', { team: displayName(this.ctx.world, viewing, lang) })])]);
      return;
    }
    const choice = (team: string, label: string, director: boolean) => button(label, () => this.ctx.settings.update({ directorView: director }), {
      className: `view-choice${viewing === team ? ' active' : ''}`,
      attrs: { 'data-testid': `view-${team}`, 'aria-pressed': String(viewing === team) },
    });
    fill(this.element, [
      h('span', { className: 'view-label' }, [ui(lang, 'view.title')]),
      choice(TeamCommandPost, ui(lang, 'view.commandPost'), false),
      choice(TeamFacilitator, ui(lang, 'settings.directorView'), true),
    ]);
  }
}
