// Web server error logs, where password-protected pages (an /admin, a webmail) log their failures:
//   Apache 2.4: [Sat Nov 21 10:48:21.123456 2026] [auth_basic:error] [pid 1234] [client 203.0.113.5:51234]
//               AH01617: user admin: authentication failure for "/admin": Password Mismatch
//   Apache 2.2: [Sat Nov 21 10:48:21 2026] [error] [client 203.0.113.5] user bob not found: /admin
//   nginx:      2026/11/21 10:48:21 [error] 1234#1234: *5 user "admin": password mismatch, client: 203.0.113.5, …
//               … client login failed: "Authentication credentials invalid" while in http auth state (mail proxy)
// Both write the server's local time without a zone: the zone the person confirmed is used.
import { ownLogFormat } from './ownLogFormat';
import { createWebServerLineReader, errorLineShape } from './webServerLines';

export const webAuthFormat = ownLogFormat({
  id: 'web-auth',
  label: 'Web server error log, password-protected pages and mail proxy (Apache, nginx)',
  isOwnLine: (line) => errorLineShape.test(line),
  createLineReader: createWebServerLineReader,
});
