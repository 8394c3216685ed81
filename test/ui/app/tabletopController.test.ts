// The tabletop shows one team's view, computed by the core once per change and pushed to the map and panels: in the
// hall the command post's (the truth only with 导演视角), in self-training the trainee's team's.
import { describe, expect, it } from 'vitest';
import { AppSettings } from '../../../src/ui/app/AppSettings.ts';
import { DrillSession } from '../../../src/ui/app/DrillSession.ts';
import { TabletopController } from '../../../src/ui/app/TabletopController.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

const fire = 'xiling-grass-fire';

function tabletop(mode: 'hall' | 'training', team: string | null = null) {
  const session = DrillSession.start({ drill: scenarioDrill('scenarios/demo-xiling-grassland-fire.json'), mode, team, store: null });
  const settings = new AppSettings(null);
  return { session, settings, controller: new TabletopController(session, settings) };
}

describe('whose view the tabletop shows', () => {
  it('shows the hall the command post, which does not know the fire until 林草站 reports it', () => {
    const { session, controller } = tabletop('hall');
    for (let i = 0; i < 5; i++) session.step();
    expect(controller.view().team).toBe('command-post');
    expect(controller.view().incidents).toEqual([]);
    const reported = session.dispatch({ type: 'fileReport', by: 'linchaozhan', kind: 'initial', incident: fire, elements: { casualties: { deaths: 0, injured: 1, missing: 2 } } });
    expect(reported.ok).toBe(true);
    expect(controller.view().incidents).toEqual([expect.objectContaining({ id: fire, toldBy: 'linchaozhan', casualties: { deaths: 0, injured: 1, missing: 2 } })]);
  });

  it('shows the truth with 导演视角 on, and the command post again when it is off', () => {
    const { session, settings, controller } = tabletop('hall');
    for (let i = 0; i < 5; i++) session.step();
    settings.update({ directorView: true });
    expect(controller.view().team).toBe('facilitator');
    expect(controller.view().incidents).toEqual([expect.objectContaining({ id: fire, via: 'truth' })]);
    settings.update({ directorView: false });
    expect(controller.view().incidents).toEqual([]);
  });

  it("shows a trainee their own team's view, whatever 导演视角 says", () => {
    const { settings, controller } = tabletop('training', 'shangling');
    settings.update({ directorView: true });
    expect(controller.view().team).toBe('shangling');
    expect(controller.view().villages.map((v) => v.id)).toEqual(['shangling']);
  });
});

describe('the view pushed to the map and panels', () => {
  it('is computed once for every advance of the drill, not for every frame', () => {
    const { session, controller } = tabletop('hall');
    let pushed = 0;
    controller.onView(() => { pushed++; });
    session.run(1);
    const before = session.timeS();
    for (let frame = 0; frame < 180; frame++) session.tick(1000 / 60);
    expect(session.timeS() - before).toBe(3);
    expect(pushed).toBe(3);
    expect(controller.view().timeS).toBe(session.timeS());
  });

  it('is pushed again when an order is given, and not when only the pause button is pressed', () => {
    const { session, controller } = tabletop('hall');
    let pushed = 0;
    controller.onView(() => { pushed++; });
    session.pause();
    expect(pushed).toBe(0);
    session.dispatch({ type: 'setResponseLevel', by: 'command-post', level: 'IV' });
    expect(pushed).toBe(1);
  });
});
