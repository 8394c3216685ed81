// The facilitator's side of the projector link: after every change of the drill that a projector would show (a
// new sim second, an order, pause or run, the language), the drill as it stands is posted on the channel, and
// again whenever a projector window says hello. Nothing of the facilitator's panels is ever sent.
import type { AppSettings } from '../app/AppSettings.ts';
import type { DrillSession } from '../app/DrillSession.ts';
import type { DrillMessage } from './projectorLink.ts';
import { openProjectorChannel, readProjectorMessage } from './projectorLink.ts';

/** The drill as the projector needs it to follow. */
export function drillMessageOf(session: DrillSession, language: DrillMessage['language']): DrillMessage {
  const record = session.record();
  return {
    kind: 'drill', scenarioPath: session.drill.files.scenario, seed: record.seed,
    orders: record.orders.map(({ atS, order }) => ({ atS, order })),
    timeS: session.timeS(), language, paused: session.clock.paused,
  };
}

/** Starts posting; returns the function that tells the projector the drill is over and stops. */
export function publishToProjector(session: DrillSession, settings: AppSettings): () => void {
  const channel = openProjectorChannel();
  if (!channel) return () => undefined;
  let last = '';
  const post = (force: boolean): void => {
    const timeS = session.timeS();
    const { paused } = session.clock;
    const { language } = settings.get();
    const key = `${timeS}|${session.record().orders.length}|${paused}|${language}`;
    if (!force && key === last) return;
    last = key;
    channel.postMessage(drillMessageOf(session, language));
  };
  channel.onmessage = (event: MessageEvent<unknown>) => { if (readProjectorMessage(event.data)?.kind === 'hello') post(true); };
  const stopSession = session.subscribe(() => post(false));
  const stopSettings = settings.subscribe(() => post(false));
  post(true);
  return () => {
    stopSession();
    stopSettings();
    channel.postMessage({ kind: 'ended' });
    channel.close();
  };
}
