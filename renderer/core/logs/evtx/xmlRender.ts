// A record's nodes, with its values in the template's holes, as the event's XML on ONE line — the
// form `wevtutil qe /f:xml` writes, which the Windows XML reader (windowsXml.ts) reads and the
// stored evidence shows, one event per line. Values are the attacker's text: every one is escaped,
// and a line break or other control character inside one is written as a character reference, so
// no value can end the line, close an element or start one.
import type { BinXmlNode, ChunkContext, SubstitutionValue } from './binXmlNodes';
import { readFragment } from './binXmlTokens';
import { valueText, valueType } from './valueTypes';

/** The XML of `nodes`; `values` fill the substitutions of the template they belong to. */
export function renderXml(
  context: ChunkContext,
  nodes: readonly BinXmlNode[],
  values: readonly SubstitutionValue[] | undefined,
  depth = 0,
): string {
  let xml = '';
  for (const node of nodes) {
    switch (node.kind) {
      case 'element': {
        let attributes = '';
        for (const attribute of node.attributes) {
          const value = attributeValue(context, attribute.value, values);
          if (value !== undefined) attributes += ` ${attribute.name}="${value}"`;
        }
        const inner = renderXml(context, node.children, values, depth);
        xml +=
          inner === ''
            ? `<${node.name}${attributes}/>`
            : `<${node.name}${attributes}>${inner}</${node.name}>`;
        break;
      }
      case 'text':
        xml += escapeXml(node.text);
        break;
      case 'entity':
        xml += `&${node.name};`;
        break;
      case 'pi':
        xml += `<?${node.target} ${node.data.replace(/\?>/g, '? >')}?>`;
        break;
      case 'template':
        xml += renderXml(context, node.nodes, node.values, depth);
        break;
      case 'substitution': {
        const value = values?.[node.index];
        if (value === undefined || value.size === 0) break;
        if (value.type === valueType.binXml) {
          // A value that is XML of its own (EventData or UserData of many events): read and rendered in place.
          const nested = readFragment(context, value.offset, value.offset + value.size, depth + 1);
          xml += renderXml(context, nested, undefined, depth + 1);
        } else {
          xml += escapeXml(valueText(context.bytes, value.type, value.offset, value.size) ?? '');
        }
        break;
      }
    }
  }
  return xml;
}

/**
 * An attribute's value, escaped; undefined when an optional substitution in it has no value, for
 * Windows then leaves the attribute out (Security UserID, Execution ProcessorID …).
 */
function attributeValue(
  context: ChunkContext,
  parts: readonly BinXmlNode[],
  values: readonly SubstitutionValue[] | undefined,
): string | undefined {
  let text = '';
  for (const part of parts) {
    if (part.kind === 'text') text += escapeXml(part.text);
    else if (part.kind === 'entity') text += `&${part.name};`;
    else if (part.kind === 'substitution') {
      const value = values?.[part.index];
      const written =
        value === undefined || value.type === valueType.binXml
          ? undefined
          : valueText(context.bytes, value.type, value.offset, value.size);
      if (written === undefined) {
        if (part.optional) return undefined;
        continue;
      }
      text += escapeXml(written);
    }
  }
  return text;
}

// eslint-disable-next-line no-control-regex -- control characters are what is being looked for
const needsEscape = /[&<>"\u0000-\u001f]/;

/** Text safe inside an element and inside a double-quoted attribute, on one line. */
export function escapeXml(text: string): string {
  if (!needsEscape.test(text)) return text;
  let escaped = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 38) escaped += '&amp;';
    else if (code === 60) escaped += '&lt;';
    else if (code === 62) escaped += '&gt;';
    else if (code === 34) escaped += '&quot;';
    else if (code < 32) escaped += `&#x${code.toString(16)};`;
    else escaped += text[index]!;
  }
  return escaped;
}
