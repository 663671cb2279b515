// Signing journal heads with this installation's key. The key never enters the page: the host
// signs (Electron main with safeStorage, or the browser host's non-extractable WebCrypto key),
// through one bridge method. The page registers the signer once (main.tsx); the import worker
// registers none, so what it writes is covered by the next head the page signs.
//
// A head is signed only when the journal up to it still checks: its chain is intact, every earlier
// signature still matches, nothing unsigned sits before it except what the import wrote, and no
// other key signed entries after ones this installation signed. So a journal someone rewrote in
// the database (and perhaps signed with a key of their own) is never vouched for by the next entry
// written here.
import type { JournalKeyProtection, SignedJournalHead } from '../../preload/api';
import { headMessage, type JournalHead } from '../core/journal/journalHead';
import { checkJournalRecord, type SealOccasion } from '../core/journal/recordCheck';
import { checkEd25519Signature } from './signatureCheck';
import { readCaseRecord } from './caseRecord';
import type { JournalSealRecord, NotebookDatabase } from './schema';

/** The host's signing method (NotebookApi.signJournalHead). */
export type HeadSigner = (head: JournalHead) => Promise<SignedJournalHead>;

/** This installation's public key and how its private key is kept, once the host has signed. */
export type InstallationKeyInfo = { publicKey: string; protection: JournalKeyProtection };

type Sealing = { sign: HeadSigner; queue: Promise<unknown>; key?: InstallationKeyInfo };

const sealings = new WeakMap<NotebookDatabase, Sealing>();

export function signJournalHeadsWith(db: NotebookDatabase, sign: HeadSigner): void {
  sealings.set(db, { sign, queue: Promise.resolve() });
}

export type SealOutcome =
  | { sealed: true; seal: JournalSealRecord }
  | { sealed: false; reason: string; head: JournalHead | undefined };

/**
 * Signs the head at `target` (default: the newest entry) when the journal up to it still checks,
 * and keeps the signature. `written` is the entry this page just wrote, which may be unsigned.
 */
async function sealNow(
  db: NotebookDatabase,
  sealing: Sealing,
  caseId: number,
  occasion: SealOccasion,
  written?: { seq: number; hash: string },
): Promise<SealOutcome> {
  const { caseKey, entries, seals } = await readCaseRecord(db, caseId);
  const target = written ?? entries.at(-1);
  const head = caseKey && target ? { caseKey, seq: target.seq, hash: target.hash } : undefined;
  const refuse = (reason: string): SealOutcome => ({ sealed: false, reason, head });
  if (!head) return refuse('There is nothing to sign yet.');
  const upTo = entries.filter((entry) => entry.seq <= head.seq);
  if (upTo.at(-1)?.hash !== head.hash) return refuse(`Entry ${head.seq} is no longer as it was written.`);
  // Signed first (the signature is thrown away if refused): the check needs this installation's key.
  const signed = await sealing.sign(head);
  sealing.key = { publicKey: signed.publicKey, protection: signed.keyProtection };
  const check = await checkJournalRecord({
    entries: upTo,
    caseKey,
    seals: seals.filter((seal) => seal.seq <= head.seq),
    checkSignature: checkEd25519Signature,
    installationKey: signed.publicKey,
  });
  if (!check.chain.intact) return refuse(check.chain.problem.message);
  if (check.sealProblem) return refuse(check.sealProblem.message);
  if (check.signedElsewhere?.signedHereToo) return refuse('Entries before it were signed by another key.');
  const unsignedBefore = upTo.filter(
    (entry) => entry.seq > check.signedThrough && entry.seq !== written?.seq && entry.scheme !== undefined,
  );
  if (unsignedBefore.some((entry) => !(entry.kind === 'evidence' && entry.author === 'app'))) {
    return refuse('Entries before it were not written by this installation.');
  }
  const row: Omit<JournalSealRecord, 'id'> = {
    caseId,
    seq: head.seq,
    hash: head.hash,
    signature: signed.signature,
    publicKey: signed.publicKey,
    signedAt: Date.now(),
    occasion,
  };
  if (!(await checkEd25519Signature(row.publicKey, headMessage(head), row.signature))) {
    return refuse('The signature the host made does not verify.');
  }
  const id = await db.journalSeals.add(row);
  return { sealed: true, seal: { ...row, id } };
}

/** One signing at a time per database, in the order asked: heads are signed in seq order. */
function queued(db: NotebookDatabase, run: (sealing: Sealing) => Promise<SealOutcome>): Promise<SealOutcome> {
  const sealing = sealings.get(db);
  if (!sealing) {
    return Promise.resolve({ sealed: false, reason: 'This copy of the app signs nothing.', head: undefined });
  }
  const outcome = sealing.queue.then(() => run(sealing));
  sealing.queue = outcome.catch(() => undefined);
  return outcome.catch((error: unknown) => ({
    sealed: false as const,
    reason: `The head could not be signed: ${error instanceof Error ? error.message : String(error)}`,
    head: undefined,
  }));
}

/** Signs the case's newest head now (an export, a finished import); says why not when it cannot. */
export function sealCaseHead(
  db: NotebookDatabase,
  caseId: number,
  occasion: SealOccasion,
): Promise<SealOutcome> {
  return queued(db, (sealing) => sealNow(db, sealing, caseId, occasion));
}

/** Called by appendJournalEntry once the entry is committed: signs the head it made. */
export function sealWrittenEntry(
  db: NotebookDatabase,
  caseId: number,
  written: { seq: number; hash: string },
): void {
  if (!sealings.has(db)) return;
  void queued(db, (sealing) => sealNow(db, sealing, caseId, 'entry', written));
}

/** Resolves when every signing asked for so far is done (tests, and before a check is shown). */
export async function sealsSettled(db: NotebookDatabase): Promise<void> {
  await sealings.get(db)?.queue;
}

/**
 * This installation's public key, once known. Asking the host to sign a head of the journal tells
 * it without storing anything: the signature is thrown away.
 */
export async function installationKey(
  db: NotebookDatabase,
  head: JournalHead | undefined,
): Promise<InstallationKeyInfo | undefined> {
  const sealing = sealings.get(db);
  if (!sealing) return undefined;
  if (sealing.key || !head) return sealing.key;
  try {
    const signed = await sealing.sign(head);
    sealing.key = { publicKey: signed.publicKey, protection: signed.keyProtection };
  } catch {
    return undefined;
  }
  return sealing.key;
}
