import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { COUNTIES } from '../../../../shared/domain/counties';
import { RecruitmentClassInput, type RecruitmentClass } from '../../../../shared/domain/fieldwork';
import { call } from '../../api';
import { applyServerIssues } from '../../data/form-issues';
import { countyName } from '../../data/labels';
import { useRead } from '../../data/use-read';
import { useFormatters } from '../../format';
import { translateError } from '../../i18n';
import { flashSuccess } from '../../shell/flash-store';
import { Field, fieldAria } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { Modal } from '../../ui/Modal';
import { CheckGroup } from './CheckGroup';

type Values = z.input<typeof RecruitmentClassInput>;
type Parsed = z.output<typeof RecruitmentClassInput>;

function ClassForm({ initial, onDone }: { initial: RecruitmentClass | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const prefix = useId();
  const id = (f: string) => `${prefix}-${f}`;
  const [submitError, setSubmitError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(RecruitmentClassInput),
    defaultValues: initial
      ? {
          id: initial.id,
          name: initial.name,
          countyCodes: initial.countyCodes,
          leader: initial.leader,
          phone: initial.phone,
          notes: initial.notes,
        }
      : { id: null, name: '', countyCodes: [], leader: '', phone: '', notes: '' },
  });
  const onSubmit = async (values: Parsed) => {
    setSubmitError(null);
    try {
      await call('recruitmentClasses.save', values);
      flashSuccess('fieldwork.classes.saved');
      onDone();
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
      <div className="modal-body">
        <h3 className="class-form-title">
          {initial ? t('fieldwork.classes.formEdit', { name: initial.name }) : t('fieldwork.classes.formNew')}
        </h3>
        <div className="form-grid">
          <Field
            id={id('name')}
            label={t('fieldwork.classes.name')}
            error={errors.name?.message}
            required
            className="span-2"
          >
            <input
              id={id('name')}
              autoComplete="off"
              {...fieldAria(id('name'), errors.name?.message)}
              {...register('name')}
            />
          </Field>
          <Field id={id('leader')} label={t('fieldwork.classes.leader')} error={errors.leader?.message}>
            <input id={id('leader')} autoComplete="off" {...register('leader')} />
          </Field>
          <Field id={id('phone')} label={t('fieldwork.classes.phone')} error={errors.phone?.message}>
            <input
              id={id('phone')}
              autoComplete="off"
              {...fieldAria(id('phone'), errors.phone?.message)}
              {...register('phone')}
            />
          </Field>
          <CheckGroup legend={t('fieldwork.classes.counties')} error={errors.countyCodes?.message} narrow>
            {COUNTIES.map((c) => (
              <label key={c.code} className="checkbox">
                <input type="checkbox" value={c.code} {...register('countyCodes')} />
                {countyName(c.code, i18n.language)}
              </label>
            ))}
          </CheckGroup>
          <Field
            id={id('notes')}
            label={t('fieldwork.classes.notes')}
            error={errors.notes?.message}
            className="span-4"
          >
            <textarea id={id('notes')} rows={2} {...register('notes')} />
          </Field>
        </div>
      </div>
      <FormFooter error={submitError} onCancel={onDone} saving={isSubmitting} />
    </form>
  );
}

/** The recruitment classes, the counties each answers for, and what they have done; set up or edit one. */
export function ClassesDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const classes = useRead('recruitmentClasses.list', {});
  const [editing, setEditing] = useState<RecruitmentClass | 'new' | null>(null);
  return (
    <Modal title={t('fieldwork.classes.title')} onClose={onClose} className="classes-dialog">
      {editing ? (
        <ClassForm initial={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      ) : (
        <>
          <div className="modal-body">
            <p className="muted">{t('fieldwork.classes.hint')}</p>
            {classes.error ? (
              <p className="inline-error" role="alert">
                {translateError(classes.error)}
              </p>
            ) : null}
            {classes.data && classes.data.length === 0 ? <p>{t('fieldwork.classes.none')}</p> : null}
            {classes.data && classes.data.length > 0 ? (
              <table className="data-table">
                <thead>
                  <tr>
                    <th>{t('fieldwork.classes.name')}</th>
                    <th>{t('fieldwork.classes.counties')}</th>
                    <th>{t('fieldwork.classes.leader')}</th>
                    <th>{t('fieldwork.classes.phone')}</th>
                    <th className="num">{t('fieldwork.classes.visits')}</th>
                    <th className="num">{t('fieldwork.classes.signedUp')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {classes.data.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{c.name}</th>
                      <td>{c.countyCodes.map((code) => countyName(code, i18n.language)).join('、')}</td>
                      <td>{c.leader}</td>
                      <td>{c.phone}</td>
                      <td className="num">{fmt.number(c.visits)}</td>
                      <td className="num">{fmt.number(c.signedUp)}</td>
                      <td>
                        <button
                          type="button"
                          className="small"
                          aria-label={t('fieldwork.classes.editOf', { name: c.name })}
                          onClick={() => setEditing(c)}
                        >
                          {t('fieldwork.classes.edit')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </div>
          <footer className="modal-footer">
            <button type="button" onClick={() => setEditing('new')}>
              + {t('fieldwork.classes.new')}
            </button>
            <button type="button" className="primary" onClick={onClose}>
              {t('fieldwork.classes.close')}
            </button>
          </footer>
        </>
      )}
    </Modal>
  );
}
