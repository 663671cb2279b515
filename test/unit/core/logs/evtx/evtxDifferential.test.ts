// Our EVTX reader against an independent one: ../shared/tools/evtx2xml.py (standard-library
// Python, written by the data collector) on every .evtx in ../shared/samples/windows and cc0/.
// Both outputs go through one XML parser (Python's ElementTree, test/support/evtxEvents.py), and
// every record must agree: EventID, time, channel, computer, EventRecordID, every EventData and
// UserData field — in fact the whole element tree. The RDP 1149 file, which the converter cannot
// read, is checked against the values cc0/README.md gives for it instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvtxReader } from '../../../../../renderer/core/logs/evtx/evtxReader';

const samples = resolve('../shared/samples/windows');
const tools = resolve('../shared/tools');
const script = resolve('test/support/evtxEvents.py');
const missing = !existsSync(join(tools, 'evtx2xml.py'))
  ? '../shared/tools/evtx2xml.py is not on this computer'
  : spawnSync('python3', ['--version']).status !== 0
    ? 'python3 is not installed'
    : undefined;

type Tree = {
  namespace: string;
  tag: string;
  attributes: Record<string, string>;
  text: string;
  children: Tree[];
};
type Event = { number: number; event?: Tree; unrendered?: true };

const evtxFiles = missing
  ? []
  : [samples, join(samples, 'cc0')].flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.evtx'))
        .map((name) => join(folder, name)),
    );

function ours(path: string): Event[] {
  const lines: string[] = [];
  const reader = createEvtxReader((record) => lines.push(`${record.number}\t${record.xml}`));
  reader.push(new Uint8Array(readFileSync(path)));
  reader.end();
  const output = execFileSync('python3', [script, 'ours'], {
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
  });
  return JSON.parse(output) as Event[];
}

function reference(path: string): Event[] {
  const output = execFileSync('python3', [script, 'reference', tools, path], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as Event[];
}

/**
 * The reference writes a value's CR LF raw into its XML, which every XML parser reads as LF (XML
 * 1.0, end-of-line handling); we write the CR as &#xd;, so it survives. Compared without it.
 */
function withoutCr(tree: Tree): Tree {
  return {
    namespace: tree.namespace,
    tag: tree.tag,
    attributes: Object.fromEntries(
      Object.entries(tree.attributes).map(([name, value]) => [name, value.replace(/\r\n/g, '\n')]),
    ),
    text: tree.text.replace(/\r\n/g, '\n'),
    children: tree.children.map(withoutCr),
  };
}

const child = (tree: Tree | undefined, tag: string) => tree?.children.find((each) => each.tag === tag);

/** The fields the issue names, for a readable failure; the whole tree is compared after them. */
function fields(tree: Tree) {
  const system = child(tree, 'System');
  const leaves = (node: Tree | undefined, path: string): [string, string][] =>
    node === undefined
      ? []
      : node.children.length === 0
        ? [[`${path}${node.attributes.Name ?? node.tag}`, node.text]]
        : node.children.flatMap((each) => leaves(each, `${path}${node.tag}/`));
  return {
    eventId: child(system, 'EventID')?.text,
    time: child(system, 'TimeCreated')?.attributes.SystemTime,
    channel: child(system, 'Channel')?.text,
    computer: child(system, 'Computer')?.text,
    recordId: child(system, 'EventRecordID')?.text,
    eventData: leaves(child(tree, 'EventData'), ''),
    userData: leaves(child(tree, 'UserData'), ''),
  };
}

describe('our EVTX reader agrees with evtx2xml.py', { timeout: 120_000 }, () => {
  if (missing) {
    it.skip(`on the samples in ../shared (${missing})`, () => {});
    return;
  }

  it('on every record of every .evtx in ../shared/samples/windows and cc0/', () => {
    let compared = 0;
    const differences: string[] = [];
    for (const path of evtxFiles) {
      const mine = ours(path);
      const theirs = reference(path);
      expect(
        mine.map((event) => event.number),
        path,
      ).toEqual(theirs.map((event) => event.number));
      theirs.forEach((expected, index) => {
        if (expected.unrendered) return; // the converter could not read it: see the 1149 test
        compared += 1;
        const got = withoutCr(mine[index]!.event!);
        const want = withoutCr(expected.event!);
        if (
          JSON.stringify(fields(got)) !== JSON.stringify(fields(want)) ||
          JSON.stringify(got) !== JSON.stringify(want)
        ) {
          differences.push(`${path} record ${expected.number}`);
        }
      });
    }
    console.log(
      `EVTX differential: ${evtxFiles.length} files, ${compared} records compared, differences: ${differences.length}`,
    );
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThanOrEqual(269); // 280 records in the 12 files, 11 of them the 1149 file's
  });

  it('on the RDP 1149 file it cannot read: the values cc0/README.md gives for each record', () => {
    const readme = readFileSync(join(samples, 'cc0', 'README.md'), 'utf8');
    // "| 1 | 6433 | rootdc1.offsec.lan | `2021-12-16T10:25:32.351835800Z` |"
    const rows = [...readme.matchAll(/^\| (\d+) \| (\d+) \| (\S+) \| `([^`]+)` \|$/gm)].map((row) => ({
      recordId: row[2],
      computer: row[3],
      time: row[4],
    }));
    expect(rows).toHaveLength(11);
    const path = join(samples, 'cc0', 'ID1149-RDP_success_logins_to_multiple_hosts.evtx');
    expect(reference(path).every((event) => event.unrendered)).toBe(true);
    const events = ours(path).map((event) => event.event!);
    expect(
      events.map((event) => {
        const { recordId, computer, time } = fields(event);
        return { recordId, computer, time };
      }),
    ).toEqual(rows);
    for (const event of events) {
      const system = child(event, 'System');
      expect(fields(event)).toMatchObject({
        eventId: '1149',
        channel: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
        userData: [
          ['UserData/EventXML/Param1', 'admmig'],
          ['UserData/EventXML/Param2', ''],
          ['UserData/EventXML/Param3', '10.23.123.11'],
        ],
      });
      expect(child(system, 'Provider')?.attributes).toEqual({
        Name: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
        Guid: '{C76BAA63-AE81-421C-B425-340B4B24157F}',
      });
      expect(child(system, 'Security')?.attributes).toEqual({ UserID: 'S-1-5-20' });
      expect(child(child(event, 'UserData'), 'EventXML')?.namespace).toBe('Event_NS');
      expect(event.namespace).toBe('http://schemas.microsoft.com/win/2004/08/events/event');
    }
  });
});
