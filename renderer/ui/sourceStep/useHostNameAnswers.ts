// Asking DNS for a host name from the log, only when the person pressed the button (never in
// offline mode); each answer is journaled and read back from the journal (db/hostNames.ts).
import { useCallback, useState } from 'react';
import { useServices } from '../appServices';
import { recordHostNameAnswer } from '../../db/hostNames';

export function useHostNameAnswers(caseId: number, offline: boolean) {
  const { db, api } = useServices();
  const [resolving, setResolving] = useState<ReadonlySet<string>>(new Set());
  const [problems, setProblems] = useState<Readonly<Record<string, string>>>({});

  const resolve = useCallback(
    async (name: string) => {
      if (offline) return;
      setResolving((current) => new Set(current).add(name));
      setProblems(({ [name]: _, ...rest }) => rest);
      try {
        await recordHostNameAnswer(db, caseId, await api.resolveHostName({ name }));
      } catch (error) {
        setProblems((current) => ({
          ...current,
          [name]: error instanceof Error ? error.message : String(error),
        }));
      } finally {
        setResolving((current) => {
          const next = new Set(current);
          next.delete(name);
          return next;
        });
      }
    },
    [api, caseId, db, offline],
  );

  return { resolving, problems, resolve };
}
