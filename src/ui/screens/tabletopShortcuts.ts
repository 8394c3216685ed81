// What each keyboard shortcut does on the tabletop. Order shortcuts press the same buttons a mouse would, so a
// key and a click give the same order and show its outcome in the same place.
import type { AppSettings } from '../app/AppSettings.ts';
import { isDrillSpeed } from '../app/DrillClock.ts';
import type { ShortcutAction } from '../app/shortcuts.ts';
import type { TabletopController } from '../app/TabletopController.ts';

const panStepPx = 120;

export function tabletopShortcuts(action: ShortcutAction, on: { controller: TabletopController; settings: AppSettings; element: HTMLElement; onHelp: () => void }): void {
  const { controller: ctx, settings, element } = on;
  const press = (testId: string): void => element.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)?.click();
  const map = ctx.map();
  switch (action) {
    case 'togglePause': ctx.session.togglePause(); return;
    case 'step': ctx.session.step(); return;
    case 'panLeft': map?.panBy(-panStepPx, 0); return;
    case 'panRight': map?.panBy(panStepPx, 0); return;
    case 'panUp': map?.panBy(0, -panStepPx); return;
    case 'panDown': map?.panBy(0, panStepPx); return;
    case 'zoomIn': map?.zoomBy(1.25); return;
    case 'zoomOut': map?.zoomBy(0.8); return;
    case 'fit': map?.fit(); return;
    case 'legend': map?.toggleLegend(); return;
    case 'dispatch': press('pick-target'); return;
    case 'recall': press('recall-unit'); return;
    case 'area': press('draw-area'); return;
    case 'report': press('open-report'); return;
    case 'warning': press('open-warning'); return;
    case 'county': press('open-county'); return;
    case 'level': press('open-level'); return;
    case 'language': settings.update({ language: settings.get().language === 'zh' ? 'en' : 'zh' }); return;
    case 'projector': document.querySelector<HTMLButtonElement>('[data-testid="projector"]')?.click(); return;
    case 'mute': settings.update({ muted: !settings.get().muted }); return;
    case 'help': on.onHelp(); return;
    case 'cancel':
      if (ctx.pickMode() !== 'select') ctx.setPickMode('select');
      else ctx.select(null);
      return;
    default: {
      const speed = Number(action.replace('speed', ''));
      if (isDrillSpeed(speed)) ctx.session.run(speed);
    }
  }
}
