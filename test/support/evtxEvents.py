#!/usr/bin/env python3
"""Each event of an .evtx as a JSON tree (tag, attributes, text, children), for the differential
test of our EVTX reader (test/unit/core/logs/evtx/evtxDifferential.test.ts). Both sides go
through this one independent XML parser (ElementTree), so the test compares events, not spelling:

  evtxEvents.py reference TOOLS_DIR FILE.evtx   -- the events ../shared/tools/evtx2xml.py renders
  evtxEvents.py ours < lines                     -- our reader's lines, "number<TAB>xml" per line

Prints one JSON array: {"number": header number, "event": tree} or {"number": n, "unrendered": true}.
"""
import json, sys
import xml.etree.ElementTree as ET

def tree(element):
    children = list(element)
    text = element.text or ''
    namespace, _, tag = element.tag.rpartition('}')
    return {
        'namespace': namespace.lstrip('{'),
        'tag': tag,
        'attributes': dict(sorted(element.attrib.items())),
        # The reference indents elements that hold others; their own text is that indentation.
        'text': text.strip() if children else text,
        'children': [tree(child) for child in children],
    }

def main():
    mode = sys.argv[1]
    events = []
    if mode == 'reference':
        sys.path.insert(0, sys.argv[2])
        import evtx2xml
        for number, xml in evtx2xml.records(sys.argv[3]):
            if xml.strip().startswith('<!--'):
                events.append({'number': number, 'unrendered': True})
            else:
                events.append({'number': number, 'event': tree(ET.fromstring(xml))})
    else:
        for line in sys.stdin.read().split('\n'):
            if line == '':
                continue
            number, xml = line.split('\t', 1)
            events.append({'number': int(number), 'event': tree(ET.fromstring(xml))})
    json.dump(events, sys.stdout)

main()
