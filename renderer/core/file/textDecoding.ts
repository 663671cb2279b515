// TextDecoder and TextEncoder exist in every place core runs (the page, the import worker, Node),
// but core's compiler settings have neither the DOM's nor Node's types (tsconfig.core.json): this
// is the one door through which core reaches them, typed with just what core uses.
import type { TextEncodingName } from '../text/textEncoding';

export type StreamingDecoder = {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
};

type DecoderConstructor = new (label: string, options?: { ignoreBOM?: boolean }) => StreamingDecoder;

const Decoder = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;

/** A decoder of `encoding` that turns a broken byte into U+FFFD, never an exception. */
export function createDecoder(
  encoding: TextEncodingName,
  options?: { ignoreBOM?: boolean },
): StreamingDecoder {
  return new Decoder(encoding, options);
}

type EncoderConstructor = new () => { encode(text: string): Uint8Array };

const encoder = new (globalThis as unknown as { TextEncoder: EncoderConstructor }).TextEncoder();

/** `text` as UTF-8 (text core made itself, such as an .evtx's events written out as XML). */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}
