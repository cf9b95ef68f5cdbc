// trust-list:import: other countries' document signers (and ours, idempotently), from PEM (one or
// many certificates) or the trust-list JSON of GET /dcc/trust-list (the EU gateway's entry shape).
// Each is checked (a DSC, a key DCC signers use, a country, its kid) and kept even when expired,
// so old certificates can be verified as of a past date.
import { X509Certificate } from 'node:crypto';
import { bytesToBase64, kidOf } from '../../../src/domain/dcc';
import type { Store } from '../store/store';
import { COUNTRY, trustListEntries, type Entry } from './trust-list-file';
import { signersRepo } from './signers-repo';
import { x509 } from './x509';

export interface ImportReport {
  added: number;
  known: number;
  /** Of the added and known ones, how many had expired (kept, for verifying the past). */
  expired: number;
  refused: { where: string; reason: string }[];
}

/** RFC 5280: a key whose key usage lacks digitalSignature may not sign documents (a CSCA's). */
function maySign(der: Buffer): boolean {
  try {
    const cert = new x509.X509Certificate(new Uint8Array(der));
    const usage = cert.getExtension(x509.KeyUsagesExtension);
    return !usage || (usage.usages & x509.KeyUsageFlags.digitalSignature) !== 0;
  } catch {
    // node:crypto read it, the stricter ASN.1 schema did not: its extensions are unreadable.
    return false;
  }
}

/**
 * Why a certificate cannot be a DCC document signer, or its subject's country. A CA flag alone is
 * not a refusal: some countries' signers carry one (the EU's test case ES/501 must verify).
 */
function check(cert: X509Certificate): { problem: string } | { country: string | undefined } {
  if (!maySign(cert.raw)) {
    return {
      problem:
        'its key usage does not allow signing, or is unreadable (a CSCA? not a document signer)',
    };
  }
  const key = cert.publicKey;
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const usable =
    (key.asymmetricKeyType === 'ec' && curve === 'prime256v1') ||
    key.asymmetricKeyType === 'rsa' ||
    key.asymmetricKeyType === 'rsa-pss';
  if (!usable) {
    return {
      problem: `its key (${key.asymmetricKeyType} ${curve ?? ''}) is neither P-256 nor RSA`,
    };
  }
  return { country: /^C=(.+)$/m.exec(cert.subject)?.[1] };
}

async function importOne(store: Store, entry: Entry, now: Date, report: ImportReport) {
  const refuse = (reason: string) => void report.refused.push({ where: entry.where, reason });
  if (!entry.der) return refuse(entry.problem ?? 'unreadable');
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(entry.der);
  } catch {
    return refuse('not an X.509 certificate');
  }
  const checked = check(cert);
  if ('problem' in checked) return refuse(checked.problem);
  const country = entry.country ?? checked.country;
  if (!country || !COUNTRY.test(country)) return refuse('no two-letter country (C) in its subject');
  if (checked.country && checked.country !== country) {
    return refuse(`listed for ${country} but its subject says C=${checked.country}`);
  }
  const kid = bytesToBase64(await kidOf(entry.der));
  if (entry.kid !== undefined && entry.kid !== kid) {
    return refuse(`kid ${entry.kid} does not match the certificate (its kid is ${kid})`);
  }
  const notAfter = new Date(cert.validTo);
  const der = entry.der.toString('base64');
  const known = await signersRepo(store).get(kid);
  if (known && known.der !== der) return refuse(`kid ${kid} is already another signer's`);
  if (known) report.known++;
  else {
    await signersRepo(store).add({
      kid,
      country,
      der,
      not_before: new Date(cert.validFrom).toISOString(),
      not_after: notAfter.toISOString(),
      source: 'imported',
      added_at: now.toISOString(),
    });
    report.added++;
  }
  if (notAfter <= now) report.expired++;
}

export async function importTrustList(
  store: Store,
  text: string,
  now: Date,
): Promise<ImportReport> {
  const entries = trustListEntries(text);
  const report: ImportReport = { added: 0, known: 0, expired: 0, refused: [] };
  for (const entry of entries) await importOne(store, entry, now, report);
  return report;
}
