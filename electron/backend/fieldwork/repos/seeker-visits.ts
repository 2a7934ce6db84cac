import type { SeekerVisit, VisitKind } from '../../../../shared/domain/fieldwork';
import type { Database } from '../../db/database';

/** The visits a person signed up at, in date order: their timeline shows each one. */
export function visitsOfSeeker(db: Database, seekerSeq: number): SeekerVisit[] {
  return db
    .all<{
      id: string;
      visit_date: string;
      kind: VisitKind;
      class_name: string | null;
      county_code: string | null;
      town: string;
      village: string;
      enterprise_name: string | null;
    }>(
      `SELECT v.id, v.visit_date, v.kind, c.name AS class_name, v.county_code, v.town, v.village,
         e.name AS enterprise_name
       FROM field_visit_signups s JOIN field_visits v ON v.id = s.visit_id
       LEFT JOIN recruitment_classes c ON c.id = v.class_id
       LEFT JOIN enterprises e ON e.id = v.enterprise_id
       WHERE s.seeker_seq = ? ORDER BY v.visit_date, v.created_at`,
      [seekerSeq],
    )
    .map((r) => ({
      visitId: r.id,
      date: r.visit_date,
      kind: r.kind,
      className: r.class_name,
      countyCode: r.county_code,
      town: r.town,
      village: r.village,
      enterpriseName: r.enterprise_name,
    }));
}
