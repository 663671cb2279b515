// What a backup file may carry, row by row, for each database version a backup can claim. A
// backup is hostile input like a log: a row of the wrong shape is refused, never stored (a title
// that is an object, a date that is a word). Only what cannot be recomputed is read from a backup:
// the analysis tables are recomputed from the evidence bytes on restore, so they have no schema
// here and whatever a file holds in them is ignored.
//
// Before changing a table in schema.ts: give its rows a schema here (or list it as recomputed),
// for the new version, and keep the old versions' schemas as they were.
import { z } from 'zod';
import { journalEntryKinds } from '../core/journal/journalEntry';
import { caseKeyPattern, hashPattern, publicKeyPattern, signaturePattern } from '../core/journal/journalHead';

/** The oldest backup a restore reads: from v4 on the journal is hash-chained. */
export const oldestRestorableVersion = 4;
/** The version this app writes (schema.ts). */
export const newestRestorableVersion = 11;

/** Derived from the evidence; recomputed on restore (workers/reanalyzeEvidence.ts). */
export const recomputedTables = [
  'attackSources',
  'logins',
  'notableEvents',
  'attemptTimelines',
  'pairedAttempts',
] as const;

const id = z.number().int().positive();
const count = z.number().int().nonnegative();
const utcMs = z.number().finite();
const hex64 = z.string().regex(hashPattern, 'must be a SHA-256 in hex');
const nullableText = z.string().nullable();
const detailValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const caseRow = (version: number) =>
  z.object({
    id,
    title: z.string(),
    server: z.string(),
    description: z.string(),
    noticedBy: z.string(),
    services: z.string().optional(),
    toldWho: z.string().optional(),
    closingNote: z.string().optional(),
    status: z.enum(['open', 'closed']),
    // Suspicious e-mail cases (not indexed, no schema version): absent means a log case.
    kind: z.enum(['log', 'email']).optional(),
    createdAt: utcMs,
    updatedAt: utcMs,
    // Cases have their identity from v10 on; an older backup's cases get a new one on restore.
    caseKey: version >= 10 ? z.string().regex(caseKeyPattern) : z.undefined(),
  });

const journalRow = (version: number) =>
  z.object({
    id,
    caseId: id,
    seq: z.number().int().positive(),
    kind: z.enum(journalEntryKinds),
    summary: z.string(),
    author: z.enum(['app', 'person']),
    authorName: z.string().optional(),
    details: z.record(z.string(), detailValue).optional(),
    correctsSeq: z.number().int().positive().optional(),
    corrects: id.optional(),
    occurredAt: utcMs,
    writtenAt: utcMs,
    // Case binding (hash scheme 2) exists from v10 on: an older version never wrote it.
    scheme: version >= 10 ? z.literal(2).optional() : z.undefined(),
    caseKey: version >= 10 ? z.string().regex(caseKeyPattern).optional() : z.undefined(),
    previousHash: hex64,
    contentHash: hex64,
    hash: hex64,
  });

const sealRow = z.object({
  id,
  caseId: id,
  seq: z.number().int().positive(),
  hash: hex64,
  signature: z.string().regex(signaturePattern),
  publicKey: z.string().regex(publicKeyPattern),
  signedAt: utcMs,
  occasion: z.enum(['entry', 'import', 'pdf', 'backup']),
});

const evidenceRow = z.object({
  id,
  caseId: id,
  name: z.string().min(1),
  size: count,
  sha256: z.string(),
  importedAt: utcMs,
  formatId: z.string(),
  formatLabel: z.string(),
  timeZone: z.string(),
  year: z.number().int(),
  yearSource: z.enum(['person', 'file-date', 'in-log']).optional(),
  lines: count,
  events: count,
  unrecognized: count,
  unrecognizedSample: z.array(z.string()),
  unit: z.enum(['line', 'record']).optional(),
  units: count.optional(),
  aboutLogins: count.optional(),
  notAboutLogins: count.optional(),
  unreadable: count.optional(),
  readingNotes: z.array(z.string()).optional(),
  unplacedAttempts: z
    .object({
      attempts: count,
      workstations: z.array(z.object({ name: z.string().max(64), attempts: count })).max(20),
    })
    .optional(),
  status: z.enum(['importing', 'complete']),
});

const evidenceFileRow = z.object({
  evidenceId: id,
  caseId: id,
  encoding: z.enum(['identity', 'gzip']),
  bytes: z.instanceof(Blob, { message: 'must be the file’s bytes' }),
});

const abuseContact = z.object({
  email: z.string(),
  source: z.enum(['rdap-abuse-role', 'rdap-remarks', 'whois-text', 'manual']),
  rank: z.number(),
  registryLevel: z.boolean(),
});

const ownerRecord = z.object({
  registry: z.enum(['ARIN', 'RIPE NCC', 'APNIC', 'LACNIC', 'AFRINIC']).nullable(),
  network: z.object({
    name: nullableText,
    handle: nullableText,
    cidr: nullableText,
    start: nullableText,
    end: nullableText,
    country: nullableText,
  }),
  owner: nullableText,
  registeredAt: nullableText,
  lastChangedAt: nullableText,
  abuseContacts: z.array(abuseContact),
  otherContacts: z.array(z.string()),
});

const lookupSource = z.enum(['rdap', 'whois-text', 'manual', 'none']);

const addressLookup = z.object({
  ip: z.string(),
  scope: z.enum([
    'public',
    'private',
    'loopback',
    'link-local',
    'cgnat',
    'unique-local',
    'multicast',
    'documentation',
    'reserved',
    'unspecified',
    'invalid',
  ]),
  lookedUpAt: utcMs,
  source: lookupSource,
  server: nullableText,
  record: ownerRecord.nullable(),
  reverseDns: z
    .discriminatedUnion('status', [
      z.object({ status: z.literal('found'), hostnames: z.array(z.string()), forwardConfirmed: z.boolean() }),
      z.object({ status: z.literal('none') }),
      z.object({ status: z.literal('unavailable'), reason: z.string() }),
    ])
    .nullable(),
  error: nullableText,
  notes: z.array(z.string()),
});

const addressLookupRow = z.object({
  id,
  caseId: id,
  ip: z.string(),
  lookedUpAt: utcMs,
  source: lookupSource,
  result: addressLookup,
});

const decisionRow = z.object({ id, caseId: id, topic: z.string(), value: z.json(), decidedAt: utcMs });

const maskingChoices = z.object({
  maskUsers: z.array(z.string()),
  hostNames: z.array(z.string()),
  ourServer: z.string(),
  maskInternalAddresses: z.boolean(),
  includeXarf: z.boolean(),
});

const reportEditRow = z
  .object({ id, caseId: id, key: z.string(), value: z.json(), updatedAt: utcMs })
  .refine((row) => row.key !== 'masking' || maskingChoices.safeParse(row.value).success, {
    message: 'masking choices of the wrong shape',
  });

const correspondenceRow = z.object({
  id,
  caseId: id,
  abuseEmail: z.string(),
  addresses: z.array(z.string()),
  subject: z.string(),
  sentAt: utcMs,
  sentSha256: hex64,
  replies: z.array(z.object({ receivedAt: utcMs, text: z.string() })),
  followUpDue: utcMs.nullable(),
  outcome: z.string(),
});

/** The row schema of every carried table, as a backup of `version` writes it. */
export function carriedRowSchemas(version: number) {
  return {
    cases: caseRow(version),
    journal: journalRow(version),
    evidence: evidenceRow,
    evidenceFiles: evidenceFileRow,
    addressLookups: addressLookupRow,
    caseDecisions: decisionRow,
    reportEdits: reportEditRow,
    correspondence: correspondenceRow,
    // Signed heads exist from v10 on (validateBackupRows refuses them in an older backup).
    journalSeals: sealRow,
  };
}

type CarriedSchemas = ReturnType<typeof carriedRowSchemas>;

export type CarriedRows = { [Table in keyof CarriedSchemas]: z.infer<CarriedSchemas[Table]>[] };

export class RefusedBackupError extends Error {
  override name = 'RefusedBackupError';
}

/** Validates every row of every carried table, or refuses the file naming the first bad row. */
export function validateBackupRows(
  version: number,
  rowsByTable: ReadonlyMap<string, unknown[]>,
): CarriedRows {
  const schemas = carriedRowSchemas(version);
  if (version < 10 && (rowsByTable.get('journalSeals')?.length ?? 0) > 0) {
    throw new RefusedBackupError(
      `the file claims version ${version}, which signed no journal heads, yet holds signed heads.`,
    );
  }
  const valid: Record<string, unknown[]> = {};
  for (const [table, schema] of Object.entries(schemas)) {
    const rows = rowsByTable.get(table) ?? [];
    valid[table] = rows.map((row, index) => {
      const parsed = (schema as z.ZodType).safeParse(row);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'the row';
      throw new RefusedBackupError(
        `row ${index + 1} of "${table}" is not what version ${version} writes (${field}: ${issue?.message ?? 'wrong shape'}).`,
      );
    });
  }
  return valid as CarriedRows;
}
