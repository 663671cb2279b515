// An .evtx through the one file pipeline (core/file/logReading.ts), as the import worker and the
// command line read it: recognised by its signature, read into one line of XML per event, and
// analysed as the XML export of the same file is.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuthEvent } from '../../../../renderer/core/logs/authEvent';
import { createLogReading } from '../../../../renderer/core/file/logReading';
import { formatById } from '../../../../renderer/core/logs/formatRegistry';
import { windowsExcerptLine } from '../../../../renderer/core/report/windowsExcerptLine';
import { markedDirty, recordOffsets } from '../../../support/evtxEdits';

const fixtures = resolve('test/fixtures/windows/evtx');
const bytesOf = (name: string) => new Uint8Array(readFileSync(resolve(fixtures, name)));
const failedRdp = 'ID4625-failed_login_with_denied_access_due_to_account_restriction.evtx';
const goldenTicket = 'ID4624-Success_login_with_Golden_ticket.evtx';

/** Reads `bytes` as `name` through the pipeline in 64 KiB pieces, keeping every event and the plain text. */
async function readThroughPipeline(name: string, bytes: Uint8Array, chooseFormatId?: string) {
  const events: AuthEvent[] = [];
  const plain: Uint8Array[] = [];
  const reading = createLogReading({
    fileName: name,
    firstBytes: bytes.subarray(0, 65536),
    ...(chooseFormatId ? { chooseFormat: () => formatById(chooseFormatId)! } : {}),
    onPlainBytes: (piece) => plain.push(piece.slice()),
    start: () => ({ time: { year: 2026, timeZone: 'UTC' }, onEvent: (event) => events.push({ ...event }) }),
  });
  for (let at = 0; at < bytes.length; at += 65536) await reading.push(bytes.subarray(at, at + 65536));
  const result = await reading.end();
  return { ...result, events, text: Buffer.concat(plain).toString('utf8') };
}

const withoutRecordIds = (events: readonly AuthEvent[]) => events.map(({ recordId: _id, ...event }) => event);

describe('reading an .evtx through the file pipeline', () => {
  it.each([failedRdp, goldenTicket])('finds in %s the events its XML export gives', async (name) => {
    const evtx = await readThroughPipeline(name, bytesOf(name));
    const xml = await readThroughPipeline(`${name}.xml`, bytesOf(`${name}.xml`));
    expect(evtx.format.id).toBe('windows-evtx');
    expect(xml.format.id).toBe('windows-xml');
    expect(evtx.events.length).toBeGreaterThan(0);
    // Same events; the line they are on differs (one event per line here, many lines per event there).
    const facts = (events: readonly AuthEvent[]) =>
      withoutRecordIds(events).map(({ line: _line, ...event }) => event);
    expect(facts(evtx.events)).toEqual(facts(xml.events));
    expect(evtx.analysis.summary).toMatchObject({ format: 'windows-evtx', lines: xml.events.length });
    expect(evtx.analysis.summary.notes).toBeUndefined();
  });

  it('reads the failed Remote Desktop logons of the CC0 sample, with the EventRecordID Event Viewer shows', async () => {
    const { events, text } = await readThroughPipeline(failedRdp, bytesOf(failedRdp));
    expect(
      events.map((event) => [event.kind, event.ip, event.logonType, event.recordId, event.line]),
    ).toEqual([
      ['auth-failure', '10.23.23.9', 10, 90907, 1],
      ['auth-failure', '10.23.23.9', 10, 90939, 2],
    ]);
    expect(windowsExcerptLine(events[0]!)).toBe(
      '2021-10-23T21:50:11.666Z 4625 failed logon from 10.23.23.9 (logon type 10: Remote Desktop; ' +
        `${events[0]!.status}; EventRecordID 90907)`,
    );
    // The text the evidence shows: one line of XML per event, in file order.
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^<Event xmlns=.*<EventRecordID>90907<\/EventRecordID>.*<\/Event>$/);
    expect(lines[2]).toBe('');
  });

  it('reads an .evtx as one whatever format was chosen for text files', async () => {
    const { format } = await readThroughPipeline(failedRdp, bytesOf(failedRdp), 'openssh');
    expect(format.id).toBe('windows-evtx');
  });

  it('says in a note how many records were skipped and why', async () => {
    const kerberos = bytesOf('ID4771-Kerberos_brutforce_with_valid_user.evtx');
    const cut = markedDirty(kerberos).slice(0, 4096 + recordOffsets(kerberos)[30]! + 100);
    const { analysis } = await readThroughPipeline('Security.evtx', cut);
    expect(analysis.summary.lines).toBe(30);
    expect(analysis.summary.notes).toEqual([
      'Windows was still writing this log when it was copied (normal for a copy of a live log); 30 records ' +
        'were read and 24 skipped: 24 records cut off where the file ends (the copy stopped inside a chunk).',
    ]);
  });

  it('refuses with a clear message a file named .evtx that is not one', async () => {
    const garbage = new Uint8Array(70_000).map((_, index) => (index * 7919) % 251);
    await expect(readThroughPipeline('Security.evtx', garbage)).rejects.toThrow(
      /"Security\.evtx" is named like a Windows event log \(\.evtx\) but is not one/,
    );
  });

  it('refuses an .evtx cut off before its first chunk, and one whose every record is damaged, saying why', async () => {
    const golden = bytesOf(goldenTicket);
    await expect(readThroughPipeline('Security.evtx', golden.slice(0, 3000))).rejects.toThrow(
      /ends after 3,000 bytes, inside its file header: the copy is incomplete/,
    );
    const damaged = golden.slice();
    damaged[4096 + 1000] = damaged[4096 + 1000]! ^ 0xff;
    await expect(readThroughPipeline('Security.evtx', damaged)).rejects.toThrow(
      /none of its records could be read\. 0 records were read and 10 skipped: 10 records in a chunk whose checksum does not match/,
    );
  });
});
