/** `#/print/diary/<class id>~<Monday>`: one special class's week, as the print route shows it. */
export const diaryHref = (classId: string, weekStart: string) =>
  `#/print/diary/${encodeURIComponent(`${classId}~${weekStart}`)}`;

export function parseDiaryId(id: string): { classId: string; weekStart: string } | null {
  const m = /^([0-9a-f-]{36})~(\d{4}-\d{2}-\d{2})$/i.exec(id);
  return m ? { classId: m[1]!, weekStart: m[2]! } : null;
}
