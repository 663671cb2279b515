// Where a brand or a web mail provider wants phishing and spam in its name reported. A list we
// ship, never an address taken from the message: a phishing mail can name any "abuse" mailbox it
// likes. Each entry is what the provider itself publishes on the page named beside it. Written
// from memory of those pages on a machine without network: check each page again before a
// release, and drop an entry rather than guess. A provider that publishes a form and no mailbox
// gets the form's page only.
import { isOurs } from './ourDomains';

export type BrandAbuseDesk = {
  brand: string;
  /** Domains whose mail, or whose name in the From line, points at this brand. */
  domains: string[];
  /** The published reporting mailbox, or null when the provider asks for its web form. */
  mailbox: string | null;
  /** The provider's own page that names the mailbox or the form. */
  page: string;
};

export const brandAbuseDesks: readonly BrandAbuseDesk[] = [
  {
    // PayPal, "Report suspicious emails and websites": forward the whole message to this address.
    brand: 'PayPal',
    domains: ['paypal.com', 'paypal.de', 'paypal.co.uk', 'paypal.me'],
    mailbox: 'phishing@paypal.com',
    page: 'https://www.paypal.com/us/security/report-suspicious-messages',
  },
  {
    // Apple Support, "Recognize and avoid phishing messages…": forward to reportphishing@apple.com.
    brand: 'Apple',
    domains: ['apple.com', 'icloud.com', 'me.com', 'mac.com'],
    mailbox: 'reportphishing@apple.com',
    page: 'https://support.apple.com/en-us/102568',
  },
  {
    // Microsoft's Security Intelligence page "Report an unsafe site" (phishing pages that use
    // Microsoft's name); no consumer mailbox is listed here because none could be re-checked.
    brand: 'Microsoft (Outlook.com, Hotmail)',
    domains: ['microsoft.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com'],
    mailbox: null,
    page: 'https://www.microsoft.com/en-us/wdsi/support/report-unsafe-site',
  },
  {
    // Google publishes a form for Gmail abuse ("Report abuse from a Gmail account"), no mailbox.
    brand: 'Google (Gmail)',
    domains: ['google.com', 'gmail.com', 'googlemail.com'],
    mailbox: null,
    page: 'https://support.google.com/mail/contact/abuse',
  },
];

/**
 * The desks that a trace points at: the brand in the From line (whom the mail pretends to be) and
 * the provider whose server handed the message over (the reverse name our server looked up).
 */
export function brandDesksFor(fromDomain: string | null, handoverName: string | null): BrandAbuseDesk[] {
  return brandAbuseDesks.filter(
    (desk) => isOurs(fromDomain, desk.domains) || isOurs(handoverName, desk.domains),
  );
}
