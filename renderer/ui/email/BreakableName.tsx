// A host name that may break after its dots and hyphens on a narrow screen, never inside a
// label ("mx1.northw-ind" helps nobody). The text is the name as written, as text.
import { Fragment } from 'react';

export function BreakableName({ name }: { name: string }) {
  const pieces = name.split(/(?<=[.-])/);
  return (
    <span className="breakable-name">
      {pieces.map((piece, index) => (
        <Fragment key={index}>
          {piece}
          {index < pieces.length - 1 && <wbr />}
        </Fragment>
      ))}
    </span>
  );
}
