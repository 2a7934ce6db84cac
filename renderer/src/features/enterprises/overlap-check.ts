import type { UseFormClearErrors, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { overlapsOnSave } from '../../../../shared/domain/demand-overlap';
import type { EnterpriseInput, EnterpriseInputParsed } from '../../../../shared/domain/enterprise';
import { ApiCallError } from '../../api';
import { currentLanguage, translateError } from '../../i18n';
import { confirmAction } from '../../ui/confirm-store';

type FormLines = EnterpriseInput['lines'];

/**
 * The overlap rule in the enterprise form (shared/domain/demand-overlap.ts): a new or moved line
 * overlapping another line of the same post is marked on the form, and the user is asked whether
 * to keep both before anything is saved.
 */
export function useOverlapCheck(
  initialLines: FormLines,
  setError: UseFormSetError<EnterpriseInput>,
  clearErrors: UseFormClearErrors<EnterpriseInput>,
) {
  const { t } = useTranslation();
  // Chinese sentences follow one another without a space.
  const gap = () => (currentLanguage() === 'en' ? ' ' : '');
  const askToKeep = (message: string) =>
    confirmAction({
      message: `${message}${gap()}${t('enterprises.overlap.question')}`,
      confirmLabel: t('enterprises.overlap.keep'),
    });

  /** Null: the user went back to the form; else whether the save keeps overlapping lines. */
  const ask = async (lines: EnterpriseInputParsed['lines']): Promise<boolean | null> => {
    const before = initialLines.flatMap((l) => (l.id ? [{ ...l, id: l.id }] : []));
    const found = overlapsOnSave(before, lines);
    if (found.length === 0) return false;
    const list = (indexes: number[]) =>
      indexes.map((i) => i + 1).join(currentLanguage() === 'en' ? ', ' : '、');
    for (const f of found) {
      setError(`lines.${f.index}.periodStart`, {
        type: 'overlap',
        message: t('enterprises.overlap.field', { others: list(f.others) }),
      });
    }
    const message = found
      .map((f) =>
        t('enterprises.overlap.line', {
          line: f.index + 1,
          post: lines[f.index]!.post,
          others: list(f.others),
          total: f.total.toLocaleString(currentLanguage()),
        }),
      )
      .join(gap());
    if (!(await askToKeep(message))) return null;
    clearErrors('lines');
    return true;
  };

  /** Whether the backend refused the save for an overlap and the user, asked, keeps both. */
  const refusedAndKept = async (error: unknown): Promise<boolean> =>
    error instanceof ApiCallError && error.message === 'v.demand_overlap' && askToKeep(translateError(error));

  return { ask, refusedAndKept };
}
