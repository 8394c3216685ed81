// The panels of the director's screen, each built from the director view: the clock, the seats (move a phone, lock
// a team), the inject board (fire, skip, defer), a curveball placed at a named place, and the truth — every incident
// as it really is. Names only, never ids.
import { clockAt } from '../../i18n/clock.ts';
import { factorWord } from '../../i18n/factorWord.ts';
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { DirectorCommand, DirectorViewMessage } from '../../hall/protocol.ts';
import type { World } from '../../sim/index.ts';
import { viewTeams } from '../../sim/index.ts';
import { drillSpeeds } from '../app/DrillClock.ts';
import { button, h, select } from '../buildElement.ts';
import type { Child } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { viewNames } from '../viewNames.ts';

export interface PanelContext { world: World; lang: Language; send(command: DirectorCommand): void }

/** Defer moves an inject this far past now. */
const deferS = 5 * 60;

export function clockPanel(ctx: PanelContext, view: DirectorViewMessage): Child[] {
  const { lang } = ctx;
  const speed = select(drillSpeeds.map((s) => [String(s), `×${s}`] as const), String(view.clock.speed), { attrs: { 'data-testid': 'director-speed', 'aria-label': ui(lang, 'hud.speed') } });
  speed.addEventListener('change', () => ctx.send({ kind: 'speed', speed: Number(speed.value) }));
  return [
    h('h2', {}, [ui(lang, 'hall.director.clock')]),
    h('p', { className: 'director-clock', attrs: { 'data-testid': 'director-clock' } }, [clockAt(ctx.world.drill.scenario.start, view.clock.timeS), view.clock.paused ? ` · ${ui(lang, 'hud.paused')}` : '']),
    h('div', { className: 'seat-buttons' }, [
      button(ui(lang, 'hall.director.start'), () => ctx.send({ kind: 'start' }), { className: 'primary', attrs: { 'data-testid': 'director-start' } }),
      button(ui(lang, 'hall.director.pause'), () => ctx.send({ kind: 'pause' }), { attrs: { 'data-testid': 'director-pause' } }),
      speed,
      button(ui(lang, 'hall.director.end'), () => ctx.send({ kind: 'end' }), { attrs: { 'data-testid': 'director-end' } }),
    ]),
  ];
}

export function seatsPanel(ctx: PanelContext, view: DirectorViewMessage): Child[] {
  const { lang, world } = ctx;
  const teams = viewTeams(world.drill).filter((t) => t !== 'facilitator');
  const name = (team: string): string => displayName(world, team, lang);
  const seatRow = (seat: DirectorViewMessage['seats'][number]): HTMLElement => {
    const move = select([['', ui(lang, 'hall.director.moveTo')], ...teams.filter((t) => t !== seat.team).map((t) => [t, name(t)] as const)], '', { attrs: { 'data-testid': `director-move-${seat.seat}` } });
    move.addEventListener('change', () => { if (move.value) ctx.send({ kind: 'moveSeat', seat: seat.seat, team: move.value }); });
    return h('li', { attrs: { 'data-testid': `director-seat-${seat.seat}` } }, [
      ui(lang, 'hall.director.seat', { seat: seat.seat, team: name(seat.team) }), seat.label ? ` (${seat.label})` : '', ' · ',
      h('strong', {}, [ui(lang, seat.connected ? 'hall.director.connected' : 'hall.director.disconnected')]), ' ', move,
    ]);
  };
  const locked = new Set(view.lockedTeams);
  const computer = new Set(view.computerTeams);
  const seated = new Set(view.seats.map((s) => s.team));
  return [
    h('h2', {}, [ui(lang, 'hall.director.seats')]),
    view.seats.length === 0 ? h('p', { className: 'seat-empty' }, [ui(lang, 'hall.director.noSeats')]) : h('ul', { className: 'seat-list' }, view.seats.map(seatRow)),
    h('div', { className: 'director-locks' }, teams.map((t) => button(`${locked.has(t) ? '🔒' : '🔓'} ${name(t)}`, () => ctx.send({ kind: 'lockTeam', team: t, locked: !locked.has(t) }),
      { className: locked.has(t) ? 'active' : '', attrs: { 'data-testid': `director-lock-${t}`, 'aria-pressed': String(locked.has(t)), title: ui(lang, locked.has(t) ? 'hall.director.unlock' : 'hall.director.lock') } }))),
    h('h3', {}, [ui(lang, 'hall.director.computer')]),
    h('div', { className: 'director-locks' }, teams.filter((t) => !seated.has(t) || computer.has(t)).map((t) => button(`${computer.has(t) ? '💻' : '—'} ${name(t)}`,
      () => ctx.send({ kind: 'computerHolds', team: t, holds: !computer.has(t) }), { className: computer.has(t) ? 'active' : '', attrs: { 'data-testid': `director-computer-${t}`, 'aria-pressed': String(computer.has(t)) } }))),
  ];
}

export function injectsPanel(ctx: PanelContext, view: DirectorViewMessage): Child[] {
  const { lang, world } = ctx;
  const row = (info: DirectorViewMessage['injects'][number]): HTMLElement => {
    const inject = world.drill.scenario.injects.find((i) => i.id === info.inject);
    const pending = info.status === 'pending';
    return h('li', { attrs: { 'data-testid': `director-inject-${info.inject}` } }, [
      h('time', {}, [clockAt(world.drill.scenario.start, info.dueS).slice(0, 5)]), ' ', ui(lang, 'injects.to', { to: displayName(world, info.to, lang) }), ' · ',
      ui(lang, `injects.status.${info.status}`),
      inject ? h('p', { className: 'inject-message' }, [lang === 'zh' ? inject.messageZh : inject.messageEn]) : null,
      pending ? h('div', { className: 'seat-buttons' }, [
        button(ui(lang, 'injects.fire'), () => ctx.send({ kind: 'fireInject', inject: info.inject }), { attrs: { 'data-testid': 'director-inject-fire' } }),
        button(ui(lang, 'injects.skip'), () => ctx.send({ kind: 'skipInject', inject: info.inject }), { attrs: { 'data-testid': 'director-inject-skip' } }),
        button(ui(lang, 'injects.defer'), () => ctx.send({ kind: 'deferInject', inject: info.inject, dueS: Math.max(info.dueS, view.clock.timeS) + deferS }), { attrs: { 'data-testid': 'director-inject-defer' } }),
      ]) : null,
    ]);
  };
  return [h('h2', {}, [ui(lang, 'injects.title')]), view.injects.length === 0 ? h('p', { className: 'seat-empty' }, [ui(lang, 'injects.none')]) : h('ol', { className: 'seat-list' }, view.injects.map(row))];
}

export function curveballPanel(ctx: PanelContext): Child[] {
  const { lang, world } = ctx;
  const templates = world.drill.curveballs;
  if (templates.length === 0) return [];
  const map = world.drill.map;
  const spots = [...map.villages, ...map.facilities, ...map.places, ...map.stations];
  const template = select(templates.map((t) => [t.id, lang === 'zh' ? t.nameZh : t.nameEn] as const), null, { attrs: { 'data-testid': 'director-curveball' } });
  const place = select(spots.map((s) => [s.id, displayName(world, s.id, lang)] as const), null, { attrs: { 'data-testid': 'director-curveball-place' } });
  return [h('h2', {}, [ui(lang, 'hall.director.curveball')]), h('div', { className: 'seat-buttons' }, [template, place,
    button(ui(lang, 'hall.director.add'), () => {
      const at = spots.find((s) => s.id === place.value)?.at;
      if (at && template.value) ctx.send({ kind: 'curveball', template: template.value, at });
    }, { attrs: { 'data-testid': 'director-curveball-add' } })])];
}

export function truthPanel(ctx: PanelContext, view: DirectorViewMessage): Child[] {
  const { lang } = ctx;
  const world = viewNames(ctx.world, view.truth);
  const incidents = view.truth.incidents;
  return [h('h2', {}, [ui(lang, 'hall.director.truth')]), incidents.length === 0 ? h('p', { className: 'seat-empty' }, [ui(lang, 'hall.director.noIncidents')])
    : h('ul', { className: 'seat-list', attrs: { 'data-testid': 'director-truth' } }, incidents.map((i) => h('li', {}, [
      h('strong', {}, [displayName(world, i.id, lang)]), ' · ', i.phase ? factorWord('phase', world, i.id, i.phase)[lang] : '',
      i.casualties ? ` · ${ui(lang, 'seat.incident.figures', { deaths: i.casualties.deaths, injured: i.casualties.injured, missing: i.casualties.missing })}` : '',
    ])))];
}
