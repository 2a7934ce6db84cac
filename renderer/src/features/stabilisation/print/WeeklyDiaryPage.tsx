import '../../../styles/manifest.css';
import '../../../styles/weekly-diary.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeeklyDiary } from '../../../../../shared/contract/stabilisation';
import { addWeeks } from '../../../../../shared/domain/week';
import { call } from '../../../api';
import { useFormatters } from '../../../format';
import { translateError } from '../../../i18n';
import { flashError, flashSuccess } from '../../../shell/flash-store';
import { FlashHost } from '../../../ui/FlashHost';
import { printPage, savePdf } from '../../../data/print-actions';
import { diaryHref, parseDiaryId } from './print-href';
import { WeeklyDiaryDocument } from './WeeklyDiaryDocument';

/**
 * One special class's weekly diary as a print preview (A4), with a toolbar that does not print:
 * the weeks before and after, Print, Save as PDF. The route is `#/print/diary/<class>~<Monday>`.
 */
export function WeeklyDiaryPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const target = parseDiaryId(id);
  const [diary, setDiary] = useState<WeeklyDiary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [hint, setHint] = useState('');

  useEffect(() => {
    if (!target) return;
    let live = true;
    setDiary(null);
    call('diary.week', target).then(
      (d) => live && setDiary(d),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [target?.classId, target?.weekStart]);

  useEffect(() => {
    if (!diary) return;
    const before = document.title;
    // The PDF's title and the print dialog's default file name.
    document.title = `${diary.specialClass.name} ${diary.weekStart}`;
    return () => {
      document.title = before;
    };
  }, [diary]);

  const onSavePdf = async () => {
    if (!diary) return;
    try {
      const r = await savePdf(`工厂日记-${diary.specialClass.name}-${diary.weekStart}`);
      if (!r.native) setHint(t('stabilisation.print.browserPdf'));
      else if (r.file) flashSuccess('stabilisation.print.savedPdf', { file: r.file });
    } catch (err) {
      flashError(err);
    }
  };

  return (
    <div className="print-shell">
      <div className="print-toolbar no-print" role="toolbar" aria-label={t('stabilisation.print.toolbar')}>
        <a href="#/stabilisation/overview">← {t('stabilisation.print.back')}</a>
        {target ? (
          <>
            <a href={diaryHref(target.classId, addWeeks(target.weekStart, -1))}>
              {t('stabilisation.print.previous')}
            </a>
            <strong>
              {diary
                ? t('stabilisation.print.week', {
                    from: fmt.date(diary.weekStart),
                    to: fmt.date(diary.weekEnd),
                  })
                : ''}
            </strong>
            <a href={diaryHref(target.classId, addWeeks(target.weekStart, 1))}>
              {t('stabilisation.print.next')}
            </a>
          </>
        ) : null}
        <span className="muted">{hint}</span>
        <button type="button" className="primary" disabled={!diary} onClick={() => void printPage()}>
          {t('stabilisation.print.print')}
        </button>
        <button type="button" disabled={!diary} onClick={() => void onSavePdf()}>
          {t('stabilisation.print.savePdf')}
        </button>
      </div>
      {error || !target ? (
        <p className="inline-error no-print" role="alert">
          {error ? translateError(error) : t('e.not_found')}
        </p>
      ) : null}
      {diary ? (
        <WeeklyDiaryDocument diary={diary} />
      ) : error ? null : (
        <p className="loading no-print">{t('app.loading')}</p>
      )}
      <FlashHost />
    </div>
  );
}
