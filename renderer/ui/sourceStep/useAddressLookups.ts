// Running lookups for the Source step: one address at a time (registries rate-limit bursts), each
// result kept in the case and journaled. Nothing runs unless the person pressed a button, and
// nothing at all in offline mode.
import { useCallback, useState } from 'react';
import { useServices } from '../appServices';
import { recordAddressLookup } from '../../db/lookups';

export type LookupProgress = { done: number; total: number };

export function useAddressLookups(caseId: number, offline: boolean) {
  const { db, api } = useServices();
  const [running, setRunning] = useState<ReadonlySet<string>>(new Set());
  const [problems, setProblems] = useState<Readonly<Record<string, string>>>({});
  const [progress, setProgress] = useState<LookupProgress | null>(null);

  const lookUp = useCallback(
    async (ip: string) => {
      if (offline) return;
      setRunning((current) => new Set(current).add(ip));
      setProblems(({ [ip]: _, ...rest }) => rest);
      try {
        const lookup = await api.lookUpAddress({ ip });
        await recordAddressLookup(db, caseId, lookup);
      } catch (error) {
        // The bridge refused or failed (no bootstrap, a bug): say it beside the address.
        setProblems((current) => ({
          ...current,
          [ip]: error instanceof Error ? error.message : String(error),
        }));
      } finally {
        setRunning((current) => {
          const next = new Set(current);
          next.delete(ip);
          return next;
        });
      }
    },
    [api, caseId, db, offline],
  );

  const lookUpAll = useCallback(
    async (ips: readonly string[]) => {
      if (offline) return;
      for (const [index, ip] of ips.entries()) {
        setProgress({ done: index, total: ips.length });
        await lookUp(ip);
      }
      setProgress(null);
    },
    [lookUp, offline],
  );

  return { running, problems, progress, lookUp, lookUpAll };
}
