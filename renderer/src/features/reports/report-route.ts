/** A saved report's print preview, on the shared print route (shell/PrintRoute.tsx). */
export const reportHref = (id: string) => `#/print/report/${encodeURIComponent(id)}`;
export const REPORTS_HREF = '#/reports';
