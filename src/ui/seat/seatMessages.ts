// The seat's messages in words: reports, calls, the facilitator's injects and warnings that reached the team, each
// with who sent it and about what, by name. What is "incoming" is what another team (or the scenario) sent.
import { clockAt } from '../../i18n/clock.ts';
import { translate } from '../../i18n/translate.ts';
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { MessageView, TeamView, World } from '../../sim/index.ts';
import { displayName } from '../displayName.ts';

export function isIncoming(message: MessageView, team: string): boolean {
  return message.kind === 'inject' || message.from !== team;
}

/** The incoming messages of a view, oldest first. */
export function incomingMessages(view: TeamView): MessageView[] {
  return view.messages.filter((m) => isIncoming(m, view.team));
}

export function messageText(world: World, message: MessageView, lang: Language): string {
  const name = (id: string | null): string => (id === null ? '' : displayName(world, id, lang));
  switch (message.kind) {
    case 'report': return ui(lang, 'seat.message.report', { from: name(message.from), kind: translate(lang, `report.${message.reportKind}`), incident: name(message.incident) });
    case 'call': return ui(lang, 'seat.message.call', { from: name(message.from), channel: translate(lang, `channel.${message.channel}`), incident: name(message.incident) });
    case 'warning': return ui(lang, 'seat.message.warning', { from: name(message.from), colour: translate(lang, `colour.${message.warning.colour}`), message: message.warning.message });
    case 'inject': {
      const inject = world.drill.scenario.injects.find((i) => i.id === message.inject);
      return inject ? (lang === 'zh' ? inject.messageZh : inject.messageEn) : ui(lang, 'seat.message.injectUnknown');
    }
  }
}

/** `HH:MM` of the drill's day a message arrived at. */
export function messageTime(world: World, message: MessageView): string {
  return clockAt(world.drill.scenario.start, message.atS).slice(0, 5);
}
