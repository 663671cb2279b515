// Windows PowerShell 5.1 writes UTF-16LE with a byte-order mark for `>` and Out-File, so a
// `wevtutil qe … > security.xml` export is UTF-16. Such files import exactly like their UTF-8
// originals: the same counts, and excerpts cut from the stored bytes read correctly.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { caseAttackSources, caseLogins, createCase } from '../../../renderer/db/queries';
import { readEvidenceLines, readEvidenceText } from '../../../renderer/db/evidenceFiles';
import { evidenceLines } from '../../../renderer/db/evidenceLines';
import { importFile } from '../../../renderer/workers/importFile';

const windowsXml = readFileSync(resolve('test/fixtures/windows/rdp-break-in.xml'), 'utf8');
const sshdLog = readFileSync(resolve('test/fixtures/sshd/attacker-succeeds.log'), 'utf8');
const sampleLog = readFileSync(resolve('assets/sample-auth.log'), 'utf8');
const utc2026 = { year: 2026, timeZone: 'UTC' };

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

/** Imports into a fresh case; returns what the case shows and the evidence id. */
async function imported(bytes: Uint8Array<ArrayBuffer>, name: string) {
  const db = new NotebookDatabase(`import-utf16-${Math.random()}`);
  const caseId = await createCase(db, { title: 't', server: '', description: '', noticedBy: '' });
  const file = new File([bytes], name);
  const { summary, evidenceId } = await importFile(
    db,
    { caseId, file, time: utc2026 },
    () => undefined,
    new AbortController().signal,
  );
  const sources = (await caseAttackSources(db, caseId)).map(({ ip, failures, invalidUsers }) => ({
    ip,
    failures,
    invalidUsers,
  }));
  const logins = (await caseLogins(db, caseId)).map(({ ip, user, line, time }) => ({ ip, user, line, time }));
  return { db, evidenceId, summary, sources, logins };
}

const counts = ({ summary, sources, logins }: Awaited<ReturnType<typeof imported>>) => ({
  summary,
  sources,
  logins,
});

describe('importing UTF-16 text', () => {
  it('reads a UTF-16LE Windows XML export with a byte-order mark like the UTF-8 original', async () => {
    const original = await imported(Buffer.from(windowsXml), 'security.xml');
    const wide = await imported(utf16le('\ufeff' + windowsXml), 'security.xml');
    expect(original.summary.events).toBeGreaterThan(0);
    expect(counts(wide)).toEqual(counts(original));
    const lines = windowsXml.split('\n').map((line) => line.replace(/\r$/, ''));
    expect(await evidenceLines(wide.db, wide.evidenceId, 5, 3)).toEqual([
      { line: 5, text: lines[4] },
      { line: 6, text: lines[5] },
      { line: 7, text: lines[6] },
    ]);
    expect(await readEvidenceLines(wide.db, wide.evidenceId, 1, 2)).toEqual(lines.slice(0, 2));
    expect(await readEvidenceText(wide.db, wide.evidenceId)).toBe(windowsXml);
  });

  it.each([
    ['UTF-16LE with a byte-order mark', utf16le('\ufeff' + sshdLog)],
    ['UTF-16LE without one', utf16le(sshdLog)],
    ['UTF-16BE with a byte-order mark', utf16be('\ufeff' + sshdLog)],
    ['UTF-16LE, gzipped', gzipSync(utf16le('\ufeff' + sshdLog))],
  ])('reads an sshd log in %s like the UTF-8 original', async (_how, bytes) => {
    const original = await imported(Buffer.from(sshdLog), 'auth.log');
    const wide = await imported(bytes, 'auth.log');
    expect(original.logins.length).toBeGreaterThan(0);
    expect(counts(wide)).toEqual(counts(original));
    const login = wide.logins.find((found) => found.ip === '203.0.113.7')!;
    expect(await evidenceLines(wide.db, wide.evidenceId, login.line, 1)).toEqual([
      { line: login.line, text: sshdLog.split('\n')[login.line - 1] },
    ]);
    expect(await readEvidenceLines(wide.db, wide.evidenceId, login.line, login.line + 1)).toEqual(
      sshdLog.split('\n').slice(login.line - 1, login.line + 1),
    );
    expect(await readEvidenceText(wide.db, wide.evidenceId)).toBe(sshdLog); // what the reports read
  });

  it('cuts excerpts from a large UTF-16 log stored compressed, in blocks of whole code units', async () => {
    const text = sampleLog + sampleLog; // about 1.8 MB in UTF-16: above the size that is compressed
    const wide = await imported(utf16le('\ufeff' + text), 'auth.log');
    expect(wide.summary.lines).toBe(8000);
    const record = await wide.db.evidenceFiles.get(wide.evidenceId);
    expect(record?.encoding).toBe('gzip');
    expect(record!.lineIndex!.length).toBeGreaterThan(1);
    const lines = text.split('\n');
    const secondBlock = record!.lineIndex![1]!.firstLine;
    expect(await readEvidenceLines(wide.db, wide.evidenceId, secondBlock, secondBlock + 2)).toEqual(
      lines.slice(secondBlock - 1, secondBlock + 2),
    );
    expect(await readEvidenceLines(wide.db, wide.evidenceId, 7999, 8000)).toEqual(lines.slice(7998, 8000));
  });

  it('still refuses binary data behind a UTF-16 byte-order mark', async () => {
    const binary = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('MZ'), Buffer.alloc(64)]);
    await expect(imported(binary, 'tool.exe')).rejects.toThrow(/not a text log/);
  });
});
