/** `#/print/findings/<county code>`: one county's rectification list, as the print route shows it. */
export const rectificationHref = (countyCode: string) => `#/print/findings/${encodeURIComponent(countyCode)}`;
