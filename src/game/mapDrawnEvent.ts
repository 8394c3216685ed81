// The game event the map scene sends once the township has been drawn and shown in a frame, with what it drew.

/** Emitted on `game.events` after the first frame that shows the whole map. */
export const mapDrawnEvent = 'drillhall.mapDrawn';

export interface DrawnCounts {
  villages: number;
  roads: number;
  cells: number;
}
