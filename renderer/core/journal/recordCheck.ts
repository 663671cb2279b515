// The whole check of a case's record: its hash chain (verifyJournalChain), and the signed heads
// that say which of its entries this installation's key vouched for. The chain alone cannot tell
// a journal someone rewrote and rechained from the real one (its hashes need no key); a signature
// over a head can only be made with the key, which the database does not hold. So an entry is
// trusted as written here when a valid signature covers it: a signed head at or after it.
import { headMessage, keyFingerprint, type SignatureCheck } from './journalHead';
import { isBeforeCaseBinding } from './journalChain';
import { verifyJournalChain, type ChainVerdict, type VerifiableEntry } from './verifyJournalChain';

/** Why a head was signed: an entry written from the page, an import finished, an export. */
export type SealOccasion = 'entry' | 'import' | 'pdf' | 'backup';

/** One signed head as stored (db journalSeals) or carried in a backup. */
export type HeadSeal = {
  seq: number;
  hash: string;
  signature: string;
  publicKey: string;
  signedAt: number;
  occasion: SealOccasion;
};

/** Which entries one key signed. */
export type KeyCoverage = {
  publicKey: string;
  fingerprint: string;
  /** undefined when this installation's key is not known to the caller. */
  thisInstallation: boolean | undefined;
  /** The newest entry a valid signature of this key covers. */
  through: number;
};

export type RecordCheck = {
  chain: ChainVerdict;
  entries: number;
  /** Entries of hash scheme 1: written before case binding. */
  beforeCaseBinding: number;
  head: { seq: number; hash: string } | undefined;
  /** The newest entry a valid signature covers (0 when none does). */
  signedThrough: number;
  /** The valid signature of the newest head. */
  newestSeal: HeadSeal | undefined;
  keys: KeyCoverage[];
  /** A valid signature whose head is no longer in the journal as signed. */
  sealProblem: { seq: number; message: string } | undefined;
  /** Signatures that do not verify (not made by the key they name): ignored. */
  badSignatures: number;
  /** Entries after case binding that no signature covers. */
  unsigned: { from: number; to: number; byImport: boolean } | undefined;
  /** Heads signed for a report or a backup, oldest first: the copies that left this computer. */
  witnesses: HeadSeal[];
  /** Whether this installation's key was known to the check (it is not where the host cannot sign). */
  installationKeyKnown: boolean;
  /**
   * Entries after the newest this installation signed that only another key's signature covers:
   * normal for a case restored from another computer before anything was written here
   * (`signedHereToo` false), a warning when this installation had signed an earlier part.
   */
  signedElsewhere: { from: number; to: number; fingerprint: string; signedHereToo: boolean } | undefined;
};

export type RecordCheckInput = {
  /** Ordered by seq. */
  entries: readonly VerifiableEntry[];
  caseKey: string | undefined;
  seals: readonly HeadSeal[];
  checkSignature: SignatureCheck;
  /** This installation's public key (hex), when known. */
  installationKey?: string | undefined;
};

const minuteUtc = (time: number): string =>
  `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Only the import worker writes these, and it cannot sign: the next signed head covers them. */
const isImportEntry = (entry: VerifiableEntry): boolean =>
  entry.kind === 'evidence' && entry.author === 'app';

export async function checkJournalRecord(input: RecordCheckInput): Promise<RecordCheck> {
  const { entries, caseKey } = input;
  const chain = verifyJournalChain(entries, caseKey);
  const bySeq = new Map(entries.map((entry) => [entry.seq, entry]));
  const last = entries.at(-1);
  const lastSeq = last?.seq ?? 0;
  const keys = new Map<string, KeyCoverage>();
  const witnesses: HeadSeal[] = [];
  let signedThrough = 0;
  let newestSeal: HeadSeal | undefined;
  let sealProblem: RecordCheck['sealProblem'];
  let badSignatures = 0;
  for (const seal of [...input.seals].sort((a, b) => a.seq - b.seq || a.signedAt - b.signedAt)) {
    const valid =
      caseKey !== undefined &&
      (await input.checkSignature(
        seal.publicKey,
        headMessage({ caseKey, seq: seal.seq, hash: seal.hash }),
        seal.signature,
      ));
    if (!valid) {
      badSignatures += 1;
      continue;
    }
    const entry = bySeq.get(seal.seq);
    const when = minuteUtc(seal.signedAt);
    if (!entry || entry.hash !== seal.hash) {
      sealProblem ??= {
        seq: seal.seq,
        message: !entry
          ? seal.seq > lastSeq
            ? `Entry ${seal.seq} was signed on ${when}, but the journal now ends at entry ${lastSeq}: the newest entries were deleted.`
            : `Entry ${seal.seq} was signed on ${when}, but it is no longer in the journal: it was deleted.`
          : `Entry ${seal.seq} is not what was signed on ${when}: it, or an entry before it, was changed after it was signed.`,
      };
      continue;
    }
    if (seal.occasion === 'pdf' || seal.occasion === 'backup') witnesses.push(seal);
    if (seal.seq >= signedThrough) {
      signedThrough = seal.seq;
      newestSeal = seal;
    }
    const coverage = keys.get(seal.publicKey) ?? {
      publicKey: seal.publicKey,
      fingerprint: keyFingerprint(seal.publicKey),
      thisInstallation:
        input.installationKey === undefined ? undefined : input.installationKey === seal.publicKey,
      through: 0,
    };
    coverage.through = Math.max(coverage.through, seal.seq);
    keys.set(seal.publicKey, coverage);
  }
  let ownThrough = 0;
  for (const key of keys.values()) if (key.thisInstallation) ownThrough = Math.max(ownThrough, key.through);
  const signedElsewhere =
    input.installationKey !== undefined && newestSeal && signedThrough > ownThrough
      ? {
          from: ownThrough + 1,
          to: signedThrough,
          fingerprint: keyFingerprint(newestSeal.publicKey),
          signedHereToo: ownThrough > 0,
        }
      : undefined;
  const unsignedEntries = entries.filter((entry) => entry.seq > signedThrough && !isBeforeCaseBinding(entry));
  const firstUnsigned = unsignedEntries[0];
  return {
    chain,
    entries: entries.length,
    beforeCaseBinding: entries.filter(isBeforeCaseBinding).length,
    head: last ? { seq: last.seq, hash: last.hash } : undefined,
    signedThrough,
    newestSeal,
    keys: [...keys.values()],
    sealProblem,
    badSignatures,
    unsigned: firstUnsigned
      ? {
          from: firstUnsigned.seq,
          to: unsignedEntries.at(-1)?.seq ?? firstUnsigned.seq,
          byImport: unsignedEntries.every(isImportEntry),
        }
      : undefined,
    witnesses,
    installationKeyKnown: input.installationKey !== undefined,
    signedElsewhere,
  };
}

export type RecordTone = 'checked' | 'not-signed' | 'tampered';

const entriesWord = (count: number): string => `${count} ${count === 1 ? 'entry' : 'entries'}`;
const range = (from: number, to: number): string =>
  from === to ? `Entry ${from} was` : `Entries ${from}–${to} were`;

/** The one line a person reads (on screen and in the PDF), and how loud it must be. */
export function recordSentence(check: RecordCheck): { tone: RecordTone; sentence: string } {
  if (!check.chain.intact) return { tone: 'tampered', sentence: check.chain.problem.message };
  if (check.sealProblem) return { tone: 'tampered', sentence: check.sealProblem.message };
  if (check.entries === 0)
    return { tone: 'checked', sentence: 'Record checked: nothing has been written yet.' };
  const elsewhere = check.signedElsewhere;
  if (elsewhere?.signedHereToo) {
    return {
      tone: 'not-signed',
      sentence:
        `${range(elsewhere.from, elsewhere.to)} signed by another key (fingerprint ${elsewhere.fingerprint}), not by this installation, ` +
        'although it signed the entries before: they were written on another computer, or rewritten outside the app.',
    };
  }
  const signedBy = elsewhere ? `, signed on another computer (key ${elsewhere.fingerprint})` : '';
  const checked = `Record checked: nothing changed since it was written (${entriesWord(check.entries)})${signedBy}`;
  const unsigned = check.unsigned;
  if (!unsigned) return { tone: 'checked', sentence: `${checked}.` };
  if (unsigned.byImport) {
    return {
      tone: 'checked',
      sentence: `${checked}. The newest import is signed with the next entry.`,
    };
  }
  const one = unsigned.from === unsigned.to;
  if (!check.installationKeyKnown) {
    // This copy cannot sign (no key store): nothing was signed here, so nothing can be told apart.
    const which = one ? `entry ${unsigned.from} is` : `entries ${unsigned.from}–${unsigned.to} are`;
    return {
      tone: 'checked',
      sentence: `${checked}. This copy of the app cannot sign, so ${which} checked by the hash chain only.`,
    };
  }
  return {
    tone: 'not-signed',
    sentence:
      `${range(unsigned.from, unsigned.to)} not written by this installation: no signature of its key covers ` +
      `${one ? 'it' : 'them'}. ${one ? 'It was' : 'They were'} added or rewritten outside the app, or the app could not sign ${one ? 'it' : 'them'}.`,
  };
}
