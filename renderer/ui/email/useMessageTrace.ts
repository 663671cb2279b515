// The e-mail case's message as the screens need it: the stored evidence, read again from its
// bytes (the bytes are the evidence; what is shown is derived from them every time), and its
// trace against the person's own mail domains.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { readSuspiciousMessage, type SuspiciousMessage } from '../../core/email/messageSource';
import { traceMessage, type MessageTrace } from '../../core/email/messageTrace';
import { caseMessage, readOurDomains, type StoredMessage } from '../../db/suspiciousMessages';
import { useServices } from '../appServices';

export type MessageView =
  | { state: 'loading' }
  | { state: 'none'; ours: string[] }
  | { state: 'unreadable'; stored: StoredMessage; problem: string; ours: string[] }
  | {
      state: 'ready';
      stored: StoredMessage;
      message: SuspiciousMessage;
      trace: MessageTrace;
      ours: string[];
    };

export function useMessageTrace(caseId: number): MessageView {
  const { db } = useServices();
  const stored = useLiveQuery(() => caseMessage(db, caseId), [db, caseId]);
  const ours = useLiveQuery(() => readOurDomains(db), [db]);
  return useMemo((): MessageView => {
    if (stored === undefined || ours === undefined) return { state: 'loading' };
    if (stored === null) return { state: 'none', ours };
    try {
      const message = readSuspiciousMessage(stored.bytes);
      return { state: 'ready', stored, message, trace: traceMessage(message.header, ours), ours };
    } catch (error) {
      return {
        state: 'unreadable',
        stored,
        problem: error instanceof Error ? error.message : String(error),
        ours,
      };
    }
  }, [stored, ours]);
}
