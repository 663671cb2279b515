// Templates and substitutions, on BinXml written byte by byte (test/support/binXmlWriter.ts): what
// a record's values become in its template, how a template is read once per chunk, and how an
// optional value that is missing shows.
import { describe, expect, it } from 'vitest';
import { BinXmlWriter, utf16Bytes } from '../../../../support/binXmlWriter';
import { BinXmlDamage, createChunkContext } from '../../../../../renderer/core/logs/evtx/binXmlNodes';
import { readFragment } from '../../../../../renderer/core/logs/evtx/binXmlTokens';
import { renderXml } from '../../../../../renderer/core/logs/evtx/xmlRender';
import { valueType } from '../../../../../renderer/core/logs/evtx/valueTypes';

const namespace = 'http://schemas.microsoft.com/win/2004/08/events/event';

/** <Event xmlns=…><System><Security UserID=%2?/></System><EventData><Data Name=…>%0</Data>…</EventData></Event> */
function logonTemplate(writer: BinXmlWriter): void {
  writer.fragmentHeader();
  writer.open('Event', { attributes: true }).attribute('xmlns').text(namespace).closeStart();
  writer.open('System').closeStart();
  writer
    .open('Security', { attributes: true })
    .attribute('UserID')
    .substitution(2, valueType.sid, true)
    .closeEmpty();
  writer.end();
  writer.open('EventData').closeStart();
  writer.open('Data', { attributes: true }).attribute('Name').text('TargetUserName').closeStart();
  writer.substitution(0, valueType.string).end();
  writer.open('Data', { attributes: true }).attribute('Name').text('IpAddress').closeStart();
  writer.substitution(1, valueType.string).end();
  writer.end().end().endOfStream();
}

/** Writes a record's event (fragment header, template instance, end) and returns where it lies. */
function record(writer: BinXmlWriter, write: () => void): [number, number] {
  const start = writer.at;
  writer.fragmentHeader();
  write();
  writer.endOfStream();
  return [start, writer.at];
}

const sid18 = [1, 1, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0];

describe('EVTX templates and substitutions', () => {
  it("fills a template's holes with the record's values, escaping the attacker's text onto one line", () => {
    const writer = new BinXmlWriter();
    const [start, end] = record(writer, () =>
      writer.template({ body: logonTemplate }, [
        [valueType.string, utf16Bytes('<script>&"x"\nroot')],
        [valueType.string, utf16Bytes('203.0.113.77')],
        [valueType.sid, sid18],
      ]),
    );
    const context = createChunkContext(writer.bytes);
    expect(renderXml(context, readFragment(context, start, end), undefined)).toBe(
      `<Event xmlns="${namespace}"><System><Security UserID="S-1-5-18"/></System><EventData>` +
        '<Data Name="TargetUserName">&lt;script&gt;&amp;&quot;x&quot;&#xa;root</Data>' +
        '<Data Name="IpAddress">203.0.113.77</Data></EventData></Event>',
    );
  });

  it('reads a template once per chunk and renders the next record that refers to it with its own values', () => {
    const writer = new BinXmlWriter();
    let definition = { definitionAt: 0 };
    const first = record(writer, () => {
      definition = writer.template({ body: logonTemplate }, [
        [valueType.string, utf16Bytes('admin')],
        [valueType.string, utf16Bytes('203.0.113.77')],
        [valueType.sid, sid18],
      ]);
    });
    const second = record(writer, () =>
      writer.template(definition, [
        [valueType.string, utf16Bytes('backup')],
        [valueType.string, utf16Bytes('198.51.100.23')],
        [valueType.sid, sid18],
      ]),
    );
    const context = createChunkContext(writer.bytes);
    const xml = [first, second].map(([start, end]) =>
      renderXml(context, readFragment(context, start, end), undefined),
    );
    expect(context.templates.size).toBe(1);
    expect(xml[0]).toContain(
      '<Data Name="TargetUserName">admin</Data><Data Name="IpAddress">203.0.113.77</Data>',
    );
    expect(xml[1]).toContain(
      '<Data Name="TargetUserName">backup</Data><Data Name="IpAddress">198.51.100.23</Data>',
    );
  });

  it('leaves out an attribute whose optional value is missing, and writes an element whose value is empty as empty', () => {
    const writer = new BinXmlWriter();
    const [start, end] = record(writer, () =>
      writer.template({ body: logonTemplate }, [
        [valueType.string, []],
        [valueType.string, utf16Bytes('-')],
        [valueType.null, []],
      ]),
    );
    const context = createChunkContext(writer.bytes);
    const xml = renderXml(context, readFragment(context, start, end), undefined);
    expect(xml).toContain('<System><Security/></System>');
    expect(xml).toContain('<Data Name="TargetUserName"/><Data Name="IpAddress">-</Data>');
  });

  it('renders a value that is BinXml of its own in place, with its own template (EventData as many events store it)', () => {
    const writer = new BinXmlWriter();
    // The inner template is defined earlier in the chunk (at 2000, by a record of its own); the
    // value is a fragment holding an instance of it, as real EventData values are.
    const earlier = new BinXmlWriter();
    earlier.at = 2000;
    const { definitionAt } = earlier.template(
      {
        guid: 9,
        body: (w) => {
          w.fragmentHeader();
          w.open('Data', { attributes: true }).attribute('Name').text('SubjectUserName').closeStart();
          w.substitution(0, valueType.string).end().endOfStream();
        },
      },
      [[valueType.string, utf16Bytes('unused')]],
    );
    writer.bytes.set(earlier.bytes.subarray(2000, earlier.at), 2000);
    const value = new BinXmlWriter();
    value.at = 0;
    value.fragmentHeader();
    value.template({ definitionAt }, [[valueType.string, utf16Bytes('hack1')]]);
    value.endOfStream();
    const nested = value.bytes.slice(0, value.at);
    const [start, end] = record(writer, () =>
      writer.template(
        {
          body: (w) => {
            w.fragmentHeader();
            w.open('Event').closeStart().open('EventData').closeStart();
            w.substitution(0, valueType.binXml, true).end().end().endOfStream();
          },
        },
        [[valueType.binXml, nested]],
      ),
    );
    const context = createChunkContext(writer.bytes);
    expect(renderXml(context, readFragment(context, start, end), undefined)).toBe(
      '<Event><EventData><Data Name="SubjectUserName">hack1</Data></EventData></Event>',
    );
  });

  it('reads element tokens without the dependency id, as BinXml written without templates has them', () => {
    const writer = new BinXmlWriter();
    const start = writer.at;
    writer.fragmentHeader();
    writer
      .open('Event', { attributes: true, dependencyId: false })
      .attribute('xmlns')
      .text(namespace)
      .closeStart();
    writer.open('UserData', { dependencyId: false }).closeStart();
    writer.open('Param1', { dependencyId: false }).closeStart().text('admmig').end();
    writer.open('Param2', { dependencyId: false }).closeEmpty();
    writer.end().end().endOfStream();
    const context = createChunkContext(writer.bytes);
    expect(renderXml(context, readFragment(context, start, writer.at), undefined)).toBe(
      `<Event xmlns="${namespace}"><UserData><Param1>admmig</Param1><Param2/></UserData></Event>`,
    );
  });

  it('reuses a template renderer in a later chunk only for the same GUID and the same nodes', () => {
    const renderers = new Map();
    const render = (body: (w: BinXmlWriter) => void) => {
      const writer = new BinXmlWriter();
      const [start, end] = record(writer, () =>
        writer.template({ guid: 5, body }, [[valueType.string, utf16Bytes('v')]]),
      );
      const context = createChunkContext(writer.bytes, renderers);
      return renderXml(context, readFragment(context, start, end), undefined);
    };
    const element = (name: string) => (w: BinXmlWriter) => {
      w.fragmentHeader();
      w.open(name).closeStart().substitution(0, valueType.string).end().endOfStream();
    };
    expect(render(element('Channel'))).toBe('<Channel>v</Channel>');
    expect(render(element('Channel'))).toBe('<Channel>v</Channel>');
    expect(renderers.size).toBe(1);
    // Same GUID, other nodes (a damaged or unusual file): rendered as it is written.
    expect(render(element('Computer'))).toBe('<Computer>v</Computer>');
  });

  it('refuses BinXml it cannot follow instead of guessing', () => {
    const writer = new BinXmlWriter();
    const start = writer.at;
    writer.fragmentHeader().u8(0x1f).endOfStream();
    const context = createChunkContext(writer.bytes);
    expect(() => readFragment(context, start, writer.at)).toThrow(BinXmlDamage);
    const unclosed = new BinXmlWriter();
    const from = unclosed.at;
    unclosed.fragmentHeader().open('Event').closeStart().endOfStream();
    expect(() => readFragment(createChunkContext(unclosed.bytes), from, unclosed.at)).toThrow(/never closed/);
  });
});
