// Gitea's own log (log/gitea.log): "2023/01/01 15:33:04 ...ers/web/auth/auth.go:200:SignInPost() [I]
// [63b199a0] Failed authentication attempt for test from 192.168.1.2:13798: user does not exist …",
// older "2019/03/07 08:34:31 [I] Failed authentication attempt …", and in terminal colours when it
// logs to a console that was redirected to a file. The stamp is the server's wall clock: the zone
// the person confirmed is used.
import { ownLogFormat, emitRead } from './ownLogFormat';
import { gitea } from './webMessages';
import { wallClockToUtc } from '../time/zoneOffset';

const colour = '(?:\\x1b\\[[\\d;]*m)*';
const giteaLine = new RegExp(
  `^${colour}(\\d{4})/(\\d\\d)/(\\d\\d) (\\d\\d):(\\d\\d):(\\d\\d)(?:\\.\\d+)? ${colour}(?:\\S+\\(\\)${colour} )?${colour}\\[${colour}[TDIWEFC]${colour}\\]`,
);

export const giteaLogFormat = ownLogFormat({
  id: 'gitea',
  label: 'Gitea log (gitea.log)',
  isOwnLine: (line) => giteaLine.test(line),
  createLineReader(time) {
    const toUtc = wallClockToUtc(time.timeZone);
    return (line, lineNumber, emit) => {
      const m = giteaLine.exec(line);
      if (!m) return false;
      const when = toUtc(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
      return emitRead(gitea(line, m[0].length, when, lineNumber), undefined, emit);
    };
  },
});
