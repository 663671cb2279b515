// dexie-export-import reads backup files with the browser's FileReader, which Node lacks. This is
// just enough of one over Node's Blob, so backup tests run in Node, where Blobs survive
// fake-indexeddb's structured clone (jsdom's do not) and have stream() as in the page.
type Handler = ((event: Event) => void) | null;

class NodeFileReader extends EventTarget {
  result: string | ArrayBuffer | null = null;
  error: unknown = null;
  onload: Handler = null;
  onerror: Handler = null;
  onabort: Handler = null;

  constructor() {
    super();
    this.addEventListener('load', (event) => this.onload?.(event));
    this.addEventListener('error', (event) => this.onerror?.(event));
  }

  private read(blob: Blob, as: (bytes: ArrayBuffer) => string | ArrayBuffer): void {
    blob.arrayBuffer().then(
      (bytes) => {
        this.result = as(bytes);
        this.dispatchEvent(new Event('load'));
        this.dispatchEvent(new Event('loadend'));
      },
      (error: unknown) => {
        this.error = error;
        this.dispatchEvent(new Event('error'));
      },
    );
  }

  readAsArrayBuffer(blob: Blob): void {
    this.read(blob, (bytes) => bytes);
  }

  readAsBinaryString(blob: Blob): void {
    this.read(blob, (bytes) => Buffer.from(bytes).toString('latin1'));
  }

  readAsText(blob: Blob): void {
    this.read(blob, (bytes) => new TextDecoder().decode(bytes));
  }
}

/** Also `self`, which the library names for the global object as a page or a worker has it. */
export function giveNodeAFileReader(): void {
  if (!('FileReader' in globalThis)) Object.assign(globalThis, { FileReader: NodeFileReader });
  if (!('self' in globalThis)) Object.assign(globalThis, { self: globalThis });
}
