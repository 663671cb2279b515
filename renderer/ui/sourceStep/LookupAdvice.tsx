// Plain advice before anyone writes to a provider, drawn from how abuse reports go in practice.
export function LookupAdvice() {
  return (
    <section aria-labelledby="source-advice-title" className="source-advice">
      <h3 id="source-advice-title">Before you write to anyone</h3>
      <ul>
        <li>
          The owner of the address is most likely a victim too: attacks like this come from hijacked machines
          (a server, a router, a webcam). Write politely, give facts and times, and do not accuse.
        </li>
        <li>
          Do not scan, probe or “hack back” the address. It can be illegal, it can hurt an innocent owner, and
          it tells the real attacker you are watching.
        </li>
        <li>
          An address inside your own network is a job for whoever runs that network: find the device, do not
          write to a provider.
        </li>
      </ul>
    </section>
  );
}
