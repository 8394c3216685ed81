// A stable hex digest of a whole sim state: same state, same hash, in Node and in the browser.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';
import type { SimState } from './state/simState.ts';

/** SHA-256 of the state's canonical JSON (RFC 8785: sorted keys, fixed number format). */
export function stateHash(state: SimState): string {
  const json = canonicalize(state);
  if (json === undefined) throw new Error('the sim state could not be serialised');
  return bytesToHex(sha256(utf8ToBytes(json)));
}
