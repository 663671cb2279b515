// The WHATWG URL parser, which the page, the worker and Node all have, typed here because core is
// compiled without DOM or Node types (tsconfig.core.json). Only the fields core reads.
type ParsedUrl = {
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly host: string;
  readonly origin: string;
  readonly username: string;
  readonly password: string;
  toString(): string;
};

type UrlConstructor = new (url: string, base?: string) => ParsedUrl;

export const WebUrl = (globalThis as unknown as { URL: UrlConstructor }).URL;
