// A county drill's room: opened like a drill room (its id is its PIN, the opener gets the keys), joined by seats of
// team `county`; it forwards every report to the county from every township's room, on whichever process each
// runs (the presence's pub/sub: Redis in a county drill).
import { Room } from '@colyseus/core';
import type { Client } from '@colyseus/core';
import type { CountyReportMessage, OpenedMessage, WelcomeMessage } from '../hall/protocol.ts';
import { JoinRoom } from '../hall/protocol.ts';
import { countyChannel } from './countyReports.ts';
import type { HallConfig } from './hallConfig.ts';
import { freshPin } from './freshPin.ts';
import { refusalError } from './DrillRoom.ts';
import { newSecret, sameSecret } from './seatRegistry.ts';
import { closeMalformed } from './roomMessages.ts';
import { z } from 'zod';

const OpenCounty = z.strictObject({ county: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(64).optional() });

export class CountyRoom extends Room<object, unknown, { role: string }> {
  private county = 'county';
  private directorKey = newSecret();
  private openerJoined = false;
  private readonly forward = (report: CountyReportMessage) => {
    for (const client of this.clients) if (client.userData?.role === 'seat') client.send('county.report', report);
  };

  override async onCreate(options: { hall: HallConfig } & Record<string, unknown>) {
    const { hall, ...clientOptions } = options;
    const parsed = OpenCounty.safeParse(clientOptions);
    if (!parsed.success) throw refusalError('malformed-message', { detail: parsed.error.issues[0]?.message ?? '' });
    this.county = parsed.data.county ?? 'county';
    this.roomId = await freshPin(hall.dataFolder);
    await this.presence.subscribe(countyChannel(this.county), this.forward);
    this.onMessage('*', (client) => client.leave(closeMalformed));
  }

  override onAuth(_client: Client, options: unknown) {
    const join = JoinRoom.safeParse(options);
    if (!join.success) {
      if (this.openerJoined || !OpenCounty.safeParse(options).success) throw refusalError('malformed-message');
      this.openerJoined = true;
      return { role: 'director', opener: true };
    }
    if (join.data.role === 'director' && sameSecret(join.data.directorKey, this.directorKey)) return { role: 'director' };
    if (join.data.role === 'seat' && join.data.team === 'county') return { role: 'seat' };
    if (join.data.role === 'seat') throw refusalError('unknown-team', { team: join.data.team });
    throw refusalError('wrong-key');
  }

  override onJoin(client: Client, _options: unknown, auth: { role: 'seat' | 'director'; opener?: boolean }) {
    client.userData = { role: auth.role };
    if (auth.opener) client.send('opened', { pin: this.roomId, directorKey: this.directorKey, evaluatorKey: '', scenario: '' } satisfies OpenedMessage);
    client.send('welcome', { role: auth.role, pin: this.roomId, scenario: '', team: auth.role === 'seat' ? 'county' : null, seat: null, seatToken: null } satisfies WelcomeMessage);
  }

  override onDispose() {
    this.presence.unsubscribe(countyChannel(this.county), this.forward);
  }
}
