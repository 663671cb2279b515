// How much room the cases take and whether the browser promised to keep them. Evidence files can
// be large; the person is warned while there is still room to save a backup and clean up.
import { useEffect, useState } from 'react';
import { formatBytes } from '../shared/format';

type Storage = { persisted: boolean | null; usage: number; quota: number } | null;

/** Warn when less than this share of the allowed space is left. */
const warnBelowFreeShare = 0.2;

/** `onlyWhenLow`: say nothing unless space is running out (inside a case, before importing more). */
export function StorageStatus({ onlyWhenLow = false }: { onlyWhenLow?: boolean }) {
  const [storage, setStorage] = useState<Storage>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const manager = navigator.storage;
      if (!manager?.estimate) return;
      const [estimate, persisted] = await Promise.all([
        manager.estimate(),
        manager.persisted ? manager.persisted().catch(() => null) : Promise.resolve(null),
      ]);
      if (live) setStorage({ persisted, usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 });
    })();
    return () => {
      live = false;
    };
  }, []);
  if (!storage) return null;

  const free = storage.quota - storage.usage;
  const low = storage.quota > 0 && free / storage.quota < warnBelowFreeShare;
  if (onlyWhenLow && !low) return null;
  return (
    <section className={`panel storage${low ? ' storage-low' : ''}`} aria-labelledby="storage-title">
      <h2 id="storage-title">Storage on this computer</h2>
      <p>
        Your cases use {formatBytes(storage.usage)} of the {formatBytes(storage.quota)} this app may use here.
      </p>
      {low && (
        <p role="alert">
          Space is running out: only {formatBytes(free)} left. Save a backup of closed cases and delete them
          here before importing more logs.
        </p>
      )}
      <p>
        {storage.persisted === true
          ? 'Kept safe: the browser promised not to clear your cases to free space.'
          : 'Not guaranteed: the browser may clear stored data when the disk is full. Save backups of your cases regularly.'}
      </p>
    </section>
  );
}
