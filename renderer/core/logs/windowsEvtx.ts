// Windows event logs as Windows saves them (.evtx: Event Viewer's "Save All Events As…", or a copy
// of C:\Windows\System32\winevt\Logs\Security.evtx), read by our own reader (evtx/): no library
// reads them well in JavaScript. The file becomes one line of XML per event (evtx/evtxText.ts),
// which the XML export's reader reads, so an .evtx and its XML export give the same events. The
// excerpt quotes each event's EventRecordID, the number Event Viewer shows and can search for.
import type { BinaryFormat, LogFormat, RecordParser, RecordSink } from './logFormat';
import { noLineEvents } from './logFormat';
import { windowsXmlFormat } from './windowsXml';
import { isEvtx } from './evtx/fileHeader';
import { createEvtxText } from './evtx/evtxText';

export const windowsEvtxFormat: LogFormat = {
  id: 'windows-evtx',
  label: 'Windows event log file (.evtx)',
  carriesOwnTime: true,
  // Recognised by its first bytes (windowsEvtxFile), never by lines of text.
  detect: () => 0,
  createParser: () => noLineEvents,
  createRecordParser(time): RecordParser {
    const xml = windowsXmlFormat.createRecordParser!(time);
    const withRecordIds = (sink: RecordSink): RecordSink => ({
      ...sink,
      emit(event, recordText) {
        const id = recordText === undefined ? undefined : eventRecordId(recordText);
        sink.emit(id === undefined ? event : { ...event, recordId: id }, recordText);
      },
    });
    return {
      push: (text, sink) => xml.push(text, withRecordIds(sink)),
      finish: (sink) => xml.finish(withRecordIds(sink)),
      lines: () => xml.lines(),
    };
  },
};

export const windowsEvtxFile: BinaryFormat = {
  format: windowsEvtxFormat,
  recognizes: isEvtx,
  createTextReader: createEvtxText,
};

const recordIdPattern = /<EventRecordID>(\d+)<\/EventRecordID>/;

function eventRecordId(xml: string): number | undefined {
  const digits = recordIdPattern.exec(xml)?.[1];
  return digits === undefined ? undefined : Number(digits);
}
