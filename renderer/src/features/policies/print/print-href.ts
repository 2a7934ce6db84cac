/** `#/print/policy-evidence/<county code>`: a county's missing-evidence list, as the print route shows it. */
export const missingEvidenceHref = (countyCode: string) =>
  `#/print/policy-evidence/${encodeURIComponent(countyCode)}`;
