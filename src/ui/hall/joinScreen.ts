// The phone's way into a hall drill: the PIN (typed, or from the join code's address), checked by a look at the room
// that joins nothing and costs no PIN try when right, then the team — every team of the room, locked ones shown as
// locked — or straight back to the seat this phone held. Refusals are said in words.
import { hallRefusalText } from '../../i18n/hallRefusalText.ts';
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { HallRefusal, WelcomeMessage } from '../../hall/protocol.ts';
import type { Drill } from '../../sim/index.ts';
import { buildWorld } from '../../sim/index.ts';
import { button, fill, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { checkRoom, joinRoom } from './hallClient.ts';
import { RoomSeat } from './RoomSeat.ts';
import { forgetSeat, rememberedSeat } from './seatMemory.ts';

export interface JoinOptions {
  language: Language;
  pin: string | null;
  findDrill(scenario: string): Drill | null;
  /** A seat was taken: the page shows it. */
  joined(seat: RoomSeat): void;
}

export function joinScreen(options: JoinOptions): HTMLElement {
  const lang = options.language;
  const message = h('p', { className: 'outcome refused', attrs: { role: 'status', 'data-testid': 'join-message' } });
  message.hidden = true;
  const say = (text: string): void => { message.hidden = text === ''; message.textContent = text; };
  const refused = (refusal: HallRefusal, drill?: Drill): void => say(hallRefusalText(lang, refusal, drill ? buildWorld(drill) : undefined));
  const pin = h('input', { attrs: { type: 'text', inputmode: 'numeric', maxlength: '6', autocomplete: 'off', pattern: '[0-9]{6}', 'data-testid': 'join-pin' } });
  pin.value = options.pin ?? '';
  const teams = h('div', { className: 'seat-order-grid', attrs: { 'data-testid': 'join-teams' } });
  const locked = new Set<string>();

  const takeSeat = async (code: string, drill: Drill, join: { team: string } | { seatToken: string }): Promise<void> => {
    say(ui(lang, 'hall.join.connecting'));
    const joined = await joinRoom<WelcomeMessage>(code, { role: 'seat', ...join });
    if (!joined.ok) {
      if (joined.refusal.code === 'team-locked' && 'team' in join) { locked.add(join.team); showTeams(code, drill, []); }
      if (joined.refusal.code === 'seat-token-unknown') forgetSeat(code);
      refused(joined.refusal, drill);
      return;
    }
    options.joined(new RoomSeat(joined.room, drill, joined.first));
  };

  let roomTeams: readonly string[] = [];
  const showTeams = (code: string, drill: Drill, lockedNow: readonly string[]): void => {
    for (const team of lockedNow) locked.add(team);
    const world = buildWorld(drill);
    const token = rememberedSeat(code);
    fill(teams, [
      h('h2', {}, [ui(lang, 'hall.join.chooseTeam')]),
      token ? button(ui(lang, 'hall.join.rejoin'), () => void takeSeat(code, drill, { seatToken: token }), { className: 'primary', attrs: { 'data-testid': 'join-rejoin' } }) : null,
      ...roomTeams.map((team) => {
        const name = displayName(world, team, lang);
        const isLocked = locked.has(team);
        const choice = button(isLocked ? ui(lang, 'hall.join.locked', { team: name }) : name, () => void takeSeat(code, drill, { team }), { attrs: { 'data-testid': `join-team-${team}` } });
        choice.disabled = isLocked;
        return choice;
      }),
    ]);
  };

  const next = async (): Promise<void> => {
    const code = pin.value.trim();
    if (!/^\d{6}$/.test(code)) { say(ui(lang, 'hall.join.pinFormat')); return; }
    say(ui(lang, 'hall.join.connecting'));
    fill(teams, []);
    // A look at the room over HTTP (it joins nothing) tells which drill it runs and which teams are locked.
    const look = await checkRoom(code);
    if (!look.ok) { refused(look.refusal); return; }
    const drill = options.findDrill(look.scenario);
    if (!drill) { say(ui(lang, 'hall.join.noScenario')); return; }
    if (look.ended) { refused({ code: 'drill-ended', params: {} }, drill); return; }
    say('');
    roomTeams = look.teams;
    showTeams(code, drill, look.lockedTeams);
  };

  const element = h('section', { className: 'seat-screen join-screen', attrs: { 'data-testid': 'join-screen' } }, [
    h('h2', {}, [ui(lang, 'hall.join.title')]),
    h('label', { className: 'field' }, [h('span', { className: 'field-label' }, [ui(lang, 'hall.join.pin')]), pin]),
    button(ui(lang, 'hall.join.next'), () => void next(), { className: 'primary seat-wide', attrs: { 'data-testid': 'join-next' } }),
    message,
    teams,
  ]);
  if (options.pin) void next();
  return element;
}
