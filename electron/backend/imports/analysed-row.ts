import type { RowStatus } from '../../../shared/contract/imports';
import type { DemandLineInput } from '../../../shared/domain/enterprise';
import type { SeekerInputParsed } from '../../../shared/domain/seeker';
import type { CellValue } from '../../../shared/imports/cells';
import type { RowProblem } from '../../../shared/imports/problems';
import type { z } from 'zod';
import type { ExistingDemandLine } from './repos/import-lookups';

/** One data row of a sheet as the analysis found it. */
export interface AnalysedRow {
  row: number;
  cells: CellValue[];
  status: RowStatus;
  problems: RowProblem[];
  seeker: SeekerInputParsed | null;
  demand: { enterpriseName: string; line: z.output<typeof DemandLineInput> } | null;
  /** ID number, or the demand line's key: what duplicates are found by. */
  key: string | null;
  /** The recorded lines this row's demand line overlaps (a conflict for the user to settle). */
  overlaps: ExistingDemandLine[];
}
