// What the abuse emails hide: our account names, our server's names and internal addresses.
// The preview below changes as the person types; the choices are kept per case.
import type { MaskingChoices } from '../../db/reports';

const splitList = (text: string) =>
  text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

export function MaskingPanel({
  choices,
  onChange,
  onDone,
}: {
  choices: MaskingChoices;
  onChange: (choices: MaskingChoices) => void;
  onDone: () => void;
}) {
  return (
    <fieldset className="panel form-grid masking-panel" onBlur={onDone}>
      <legend>What the emails hide</legend>
      <label htmlFor="mask-users">Our user names to hide (comma-separated)</label>
      <input
        id="mask-users"
        value={choices.maskUsers.join(', ')}
        onChange={(event) => onChange({ ...choices, maskUsers: splitList(event.target.value) })}
      />
      <label htmlFor="mask-hosts">Our server’s names to hide</label>
      <input
        id="mask-hosts"
        value={choices.hostNames.join(', ')}
        onChange={(event) => onChange({ ...choices, hostNames: splitList(event.target.value) })}
      />
      <label htmlFor="our-server">Our server’s public address to name in the email (optional)</label>
      <input
        id="our-server"
        value={choices.ourServer}
        onChange={(event) => onChange({ ...choices, ourServer: event.target.value.trim() })}
      />
      <span />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={choices.maskInternalAddresses}
          onChange={(event) => onChange({ ...choices, maskInternalAddresses: event.target.checked })}
        />
        Hide addresses inside our own network
      </label>
      <span />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={choices.includeXarf}
          onChange={(event) => onChange({ ...choices, includeXarf: event.target.checked })}
        />
        Attach a report for the provider&apos;s own software (large providers read these automatically; the
        format is called X-ARF)
      </label>
    </fieldset>
  );
}
