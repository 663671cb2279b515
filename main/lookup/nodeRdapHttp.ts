// RDAP over Node's fetch. Redirects are not followed here: the shared query logic checks each
// Location against the bootstrap before it asks again.
import type { RdapHttp } from '../../renderer/core/lookup/rdapQuery';

export const nodeRdapHttp: RdapHttp = async (url, timeoutMs) => {
  const signal = AbortSignal.timeout(timeoutMs);
  const response = await fetch(url, {
    headers: { accept: 'application/rdap+json, application/json;q=0.9' },
    redirect: 'manual',
    signal,
  });
  return {
    status: response.status,
    location: response.headers.get('location'),
    retryAfter: response.headers.get('retry-after'),
    url,
    // The body read shares the timeout: a server that sends headers and then stalls is caught too.
    text: () => response.text(),
  };
};
