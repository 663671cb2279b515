// The route of a message, oldest hop first: the Received headers are written newest on top, each
// server adding its own above the others. Each hop gets the delay since the hop before it and
// the scope of the address it came from.
import { addressScope, type AddressScope } from '../net/addressScope';
import { headerValues, type HeaderField } from './messageHeaders';
import { readReceived, type ReceivedHop } from './receivedHeader';

export type Hop = ReceivedHop & {
  /** 1 for the oldest hop (where the message claims to start), counting up to our inbox. */
  number: number;
  /** Milliseconds since the previous (older) hop, null when either time is unknown. */
  delay: number | null;
  fromScope: AddressScope | null;
};

export function hopList(fields: readonly HeaderField[]): Hop[] {
  const oldestFirst = headerValues(fields, 'Received').map(readReceived).reverse();
  return oldestFirst.map((hop, at) => {
    const previous = oldestFirst[at - 1];
    const delay = previous && previous.time !== null && hop.time !== null ? hop.time - previous.time : null;
    return {
      ...hop,
      number: at + 1,
      delay,
      fromScope: hop.fromAddress === null ? null : addressScope(hop.fromAddress),
    };
  });
}
