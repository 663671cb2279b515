// The EVTX reader on real files (CC0, test/fixtures/windows/evtx) and on copies edited the way
// real copies come damaged: Windows still writing, cut off, a chunk changed, a record garbled.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvtxReader } from '../../../../../renderer/core/logs/evtx/evtxReader';
import type { EvtxRecord } from '../../../../../renderer/core/logs/evtx/chunkRecords';
import { isEvtx, readFileHeader } from '../../../../../renderer/core/logs/evtx/fileHeader';
import {
  chunkBytes,
  fileHeaderBytes,
  fixChunkChecksums,
  headerListingOnly,
  markedDirty,
  recordOffsets,
  repeatedChunks,
  withChunkCount,
  withFlippedByte,
} from '../../../../support/evtxEdits';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve('test/fixtures/windows/evtx', name)));
const kerberos = fixture('ID4771-Kerberos_brutforce_with_valid_user.evtx'); // 54 records, one chunk
const goldenTicket = fixture('ID4624-Success_login_with_Golden_ticket.evtx'); // 10 records + 45 stale ones

/** Reads `file` pushed in pieces of `piece` bytes. */
function read(file: Uint8Array, piece = 65536) {
  const records: EvtxRecord[] = [];
  const reader = createEvtxReader((record) => records.push(record));
  for (let at = 0; at < file.length; at += piece) reader.push(file.subarray(at, at + piece));
  reader.end();
  return { records, skipped: reader.skipped(), header: reader.header(), reader };
}

const recordIdOf = (xml: string) => Number(/<EventRecordID>(\d+)</.exec(xml)?.[1]);

describe('reading an .evtx', () => {
  it('knows an .evtx by its signature', () => {
    expect(isEvtx(kerberos)).toBe(true);
    expect(isEvtx(new TextEncoder().encode('<Events><Event>'))).toBe(false);
    expect(readFileHeader(kerberos)).toMatchObject({
      chunkCount: 1,
      majorVersion: 3,
      dirty: false,
      checksumMatches: true,
    });
  });

  it('reads every record of a chunk up to its free-space offset, and none of the stale ones after it', () => {
    const { records, skipped } = read(goldenTicket);
    expect(records).toHaveLength(10);
    expect(records.map((record) => record.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(records.every((record) => /<EventID>4624<\/EventID>/.test(record.xml))).toBe(true);
    expect(skipped).toEqual({ checksum: 0, unreadable: 0, cut: 0, missing: 0, unreadableChunks: 0 });
  });

  it('keeps the EventRecordID Windows gave each event, which differs from the record header number', () => {
    const { records } = read(kerberos);
    expect(records[0]!.number).toBe(1);
    const ids = records.map((record) => recordIdOf(record.xml));
    expect(ids.every((id, index) => id !== records[index]!.number)).toBe(true);
    expect(ids[0]).toBeGreaterThan(1000);
  });

  it('writes each event on one line', () => {
    const { records } = read(fixture('ID47x_4661-4662_5136_4688_4697-SAM_the_admin_CVE-2021-42287.evtx'));
    expect(records).toHaveLength(40);
    for (const { xml } of records) {
      expect(xml).not.toMatch(/[\r\n]/);
      expect(xml).toMatch(
        /^<Event xmlns="http:\/\/schemas\.microsoft\.com\/win\/2004\/08\/events\/event">.*<\/Event>$/,
      );
    }
    // 4697's command line, a test of escaping: "%COMSPEC% /C … ^> … & …".
    expect(
      records.some((record) => /ServiceFileName">%COMSPEC% [^<]*\^&gt;[^<]*&amp;/.test(record.xml)),
    ).toBe(true);
  });

  it('gives the same records whatever size the pieces the bytes arrive in', () => {
    const file = repeatedChunks(kerberos, 3);
    const whole = read(file);
    expect(whole.records).toHaveLength(162);
    expect(whole.records.map((record) => record.number)).toEqual(
      Array.from({ length: 162 }, (_, index) => index + 1),
    );
    expect(read(file, 1000).records).toEqual(whole.records);
    expect(read(file, 65536 * 2 + 7).records).toEqual(whole.records);
  });

  it('reads all of a file Windows was still writing (dirty), saying nothing was skipped', () => {
    const { records, skipped, header } = read(markedDirty(goldenTicket));
    expect(header?.dirty).toBe(true);
    expect(records).toHaveLength(10); // the stale records after the free space are still not read
    expect(skipped.cut + skipped.checksum + skipped.unreadable + skipped.missing).toBe(0);
  });

  it('reads the records a dirty file wrote after its chunk header was last updated, and only in a dirty file', () => {
    const lagging = headerListingOnly(kerberos, 50);
    expect(read(lagging).records).toHaveLength(50); // closed by Windows: what the header lists
    const live = read(markedDirty(lagging));
    expect(live.records).toHaveLength(54);
    expect(live.records.map((record) => record.number).slice(-5)).toEqual([50, 51, 52, 53, 54]);
  });

  it('reads the whole records of a copy cut off inside a chunk and counts the ones cut off', () => {
    const offsets = recordOffsets(kerberos);
    const cut = kerberos.slice(0, fileHeaderBytes + offsets[30]! + 100); // inside record 31
    const { records, skipped } = read(cut);
    expect(records).toHaveLength(30);
    expect(skipped.cut).toBe(24);
  });

  it('counts the records of whole chunks a cut-off copy does not have, from the file header', () => {
    const file = repeatedChunks(kerberos, 3);
    const twoChunks = read(file.slice(0, fileHeaderBytes + 2 * chunkBytes));
    expect(twoChunks.records).toHaveLength(108);
    expect(twoChunks.skipped.cut).toBe(54);
    const insideHeader = read(file.slice(0, fileHeaderBytes + chunkBytes + 300)); // inside chunk 2's header
    expect(insideHeader.records).toHaveLength(54);
    expect(insideHeader.skipped.cut).toBe(108);
  });

  it('skips the records of a chunk whose checksum does not match, and reads the other chunks', () => {
    const file = repeatedChunks(kerberos, 3);
    const inRecords = read(withFlippedByte(file, fileHeaderBytes + chunkBytes + 2000));
    expect(inRecords.records).toHaveLength(108);
    expect(inRecords.skipped.checksum).toBe(54);
    expect(inRecords.records.some((record) => record.number >= 55 && record.number <= 108)).toBe(false);
    const inHeader = read(withFlippedByte(file, fileHeaderBytes + chunkBytes + 60));
    expect(inHeader.records).toHaveLength(108);
    expect(inHeader.skipped.checksum).toBe(54);
  });

  it('skips a record whose event cannot be read and reads the rest', () => {
    const offsets = recordOffsets(kerberos);
    const garbled = kerberos.slice();
    garbled[fileHeaderBytes + offsets[9]! + 24] = 0x3f; // record 10's first BinXml token
    fixChunkChecksums(garbled, fileHeaderBytes); // not damage the checksum would catch
    const { records, skipped } = read(garbled);
    expect(records).toHaveLength(53);
    expect(records.map((record) => record.number)).not.toContain(10);
    expect(skipped.unreadable).toBe(1);
  });

  it("reads a chunk past the header's count only when Windows may have added it since (a dirty file)", () => {
    const file = withChunkCount(repeatedChunks(kerberos, 2), 1);
    expect(read(file).records).toHaveLength(54);
    expect(read(markedDirty(file)).records).toHaveLength(108);
  });

  it('reads the first chunk of a dirty file whose header does not count it yet', () => {
    const fresh = withChunkCount(markedDirty(kerberos), 0);
    expect(read(fresh).records).toHaveLength(54);
    expect(read(withChunkCount(kerberos, 0)).records).toHaveLength(0); // closed: the header says none
  });

  it('still reads the chunks of a file whose header checksum is damaged', () => {
    const { records, header } = read(withFlippedByte(kerberos, 60));
    expect(header?.checksumMatches).toBe(false);
    expect(records).toHaveLength(54);
  });

  it('says how far a file got when it ends before its first chunk', () => {
    const { records, reader } = read(kerberos.slice(0, 2000));
    expect(records).toHaveLength(0);
    expect(reader.endedEarly()).toBe(2000);
  });
});
