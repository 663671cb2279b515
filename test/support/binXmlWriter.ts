// Writes BinXml token by token into a chunk-sized buffer, for the tests of the EVTX reader's
// templates and substitutions: small events whose every byte the test chose. Offsets are chunk
// offsets, as in a real chunk; the records start after the 512-byte chunk header.

export class BinXmlWriter {
  readonly bytes = new Uint8Array(65536);
  at = 512;
  private readonly names = new Map<string, number>();

  u8(value: number): this {
    this.bytes[this.at++] = value;
    return this;
  }

  u16(value: number): this {
    return this.u8(value & 0xff).u8((value >> 8) & 0xff);
  }

  u32(value: number): this {
    return this.u16(value & 0xffff).u16((value >>> 16) & 0xffff);
  }

  utf16(text: string): this {
    for (let index = 0; index < text.length; index++) this.u16(text.charCodeAt(index));
    return this;
  }

  /** A name offset: the name written inline right after it the first time, its offset afterwards. */
  name(text: string): this {
    const known = this.names.get(text);
    if (known !== undefined) return this.u32(known);
    const offset = this.at + 4;
    this.names.set(text, offset);
    return this.u32(offset).u32(0).u16(0).u16(text.length).utf16(text).u16(0);
  }

  fragmentHeader(): this {
    return this.u8(0x0f).u8(1).u8(1).u8(0);
  }

  /** An element start; `dependencyId: false` as BinXml written without templates has it. */
  open(name: string, options: { attributes?: boolean; dependencyId?: boolean } = {}): this {
    this.u8(options.attributes ? 0x41 : 0x01);
    if (options.dependencyId !== false) this.u16(0xffff);
    this.u32(0).name(name); // the element's data size: not read
    return options.attributes ? this.u32(0) : this; // the attribute list's size: not read
  }

  attribute(name: string): this {
    return this.u8(0x06).name(name);
  }

  closeStart(): this {
    return this.u8(0x02);
  }

  closeEmpty(): this {
    return this.u8(0x03);
  }

  end(): this {
    return this.u8(0x04);
  }

  endOfStream(): this {
    return this.u8(0x00);
  }

  text(value: string): this {
    return this.u8(0x05).u8(0x01).u16(value.length).utf16(value);
  }

  substitution(index: number, type: number, optional = false): this {
    return this.u8(optional ? 0x0e : 0x0d)
      .u16(index)
      .u8(type);
  }

  /**
   * A template instance: the definition written inline by `body` (its first use in the chunk), or
   * referred to by `definitionAt`; then the values, each a type and its bytes.
   */
  template(
    definition: { body: (writer: BinXmlWriter) => void; guid?: number } | { definitionAt: number },
    values: readonly (readonly [type: number, bytes: readonly number[] | Uint8Array])[],
  ): { definitionAt: number } {
    this.u8(0x0c).u8(1).u32(7);
    let definitionAt: number;
    if ('definitionAt' in definition) {
      definitionAt = definition.definitionAt;
      this.u32(definitionAt);
    } else {
      definitionAt = this.at + 4;
      this.u32(definitionAt).u32(0); // next definition
      for (let index = 0; index < 16; index++) this.u8(index === 0 ? (definition.guid ?? 1) : index);
      const sizeAt = this.at;
      this.u32(0);
      const start = this.at;
      definition.body(this);
      const size = this.at - start;
      new DataView(this.bytes.buffer).setUint32(sizeAt, size, true);
    }
    this.u32(values.length);
    for (const [type, bytes] of values) this.u16(bytes.length).u8(type).u8(0);
    for (const [, bytes] of values) for (const byte of bytes) this.u8(byte);
    return { definitionAt };
  }
}

export const utf16Bytes = (text: string): number[] => [...Buffer.from(text, 'utf16le')];
