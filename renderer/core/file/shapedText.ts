// A file's bytes made into the text the line splitter reads: gunzipped and decoded
// (evidenceText.ts), refused when it is binary (binaryContent.ts), NULs and lone-CR line ends
// shaped (textShape.ts). The import, the quick look before it and the command line all start here.
import type { GzipDamage } from './checkedGunzip';
import { createEvidenceText, type EvidenceTextOptions } from './evidenceText';
import { refuseBinary } from './binaryContent';
import { createTextShape, type LineEnding } from './textShape';

export type ShapedText = {
  /** Throws GzipDamaged at the damage of a .gz, unless it is read with `acceptDamaged`. */
  push(bytes: Uint8Array): void;
  /** Throws GzipDamaged when a .gz file is damaged or cut off (unless accepted). */
  end(): void;
  compressed: boolean;
  nulCharacters(): number;
  lineEnding(): LineEnding;
  /** Where a damaged .gz read with `acceptDamaged` stopped (see EvidenceText.damage). */
  damage(): GzipDamage | undefined;
};

export function createShapedText(
  firstBytes: Uint8Array,
  fileName: string,
  onText: (text: string, ascii?: Uint8Array) => void,
  options: EvidenceTextOptions = {},
): ShapedText {
  let checkedBinary = false;
  const shape = createTextShape(onText);
  const evidence = createEvidenceText(
    firstBytes,
    (text, ascii) => {
      // Judged on the text as decoded, NULs still NULs (the shape turns them into U+FFFD).
      if (!checkedBinary) {
        refuseBinary(text, fileName, evidence.compressed);
        checkedBinary = true;
      }
      shape.push(text, ascii);
    },
    options,
  );
  return {
    push: (bytes) => evidence.push(bytes),
    end() {
      evidence.end();
      shape.end();
    },
    compressed: evidence.compressed,
    nulCharacters: () => shape.nulCharacters(),
    lineEnding: () => shape.lineEnding(),
    damage: () => evidence.damage(),
  };
}
