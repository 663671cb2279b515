// The person's control over network requests: what a lookup sends where, offline mode, and the
// one button that looks up every public address.
import type { LookupProgress } from './useAddressLookups';

type Props = {
  /** How many addresses "Look up all" would send. */
  count: number;
  /** Every public address has an answer: the button refreshes them all. */
  again: boolean;
  offline: boolean;
  progress: LookupProgress | null;
  onOfflineChange(offline: boolean): void;
  onLookUpAll(): void;
};

export function LookupControls({ count, again, offline, progress, onOfflineChange, onLookUpAll }: Props) {
  return (
    <section aria-labelledby="source-controls-title" className="source-controls">
      <h3 id="source-controls-title">Looking up addresses</h3>
      <p>
        Nothing is looked up until you press a button. A lookup sends the address — and nothing else — to the
        registry that manages it (ARIN, RIPE NCC, APNIC, LACNIC or AFRINIC) and asks your DNS server for the
        address’s name; the network’s owner may see that DNS question.
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={offline}
          onChange={(event) => onOfflineChange(event.target.checked)}
        />
        Offline mode: no network requests of any kind
      </label>
      {offline ? (
        <p className="source-offline-note">
          Offline mode is on: nothing leaves this computer. Run <code>whois ADDRESS</code> on another machine
          (or use a registry’s website) and paste the answer under the address, or enter the abuse contact
          yourself.
        </p>
      ) : (
        <div className="button-row">
          <button type="button" onClick={onLookUpAll} disabled={count === 0 || progress !== null}>
            {again ? 'Look up all public addresses again' : 'Look up all public addresses'} ({count})
          </button>
          {progress && (
            <p role="status">
              Looking up {progress.done + 1} of {progress.total}…
            </p>
          )}
        </div>
      )}
    </section>
  );
}
