import { useTranslation } from 'react-i18next';
import type { SeekerDetail } from '../../../../../shared/domain/seeker';
import { useFormatters } from '../../../format';
import { countyName } from '../../../data/labels';
import { useReferenceStore } from '../../../data/reference-store';
import { RevealValue } from './RevealValue';

/** The person's data as registered; ID number and phone masked until revealed. */
export function PersonFacts({ detail: d }: { detail: SeekerDetail }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const enterprises = useReferenceStore((s) => s.enterprises);
  const intended = enterprises.find((e) => e.id === d.intendedEnterpriseId);
  const place = [countyName(d.countyCode, i18n.language), d.town, d.village].filter(Boolean).join(' · ');
  const prefs = [
    d.prefNearHome ? t('seekers.pref.near_home') : null,
    d.prefMothersLine ? t('seekers.pref.mothers_line') : null,
  ].filter(Boolean);
  return (
    <dl className="facts detail-facts">
      <dt>{t('seekers.field.idNumber')}</dt>
      <dd>
        <RevealValue
          key={`${d.id}-id`}
          seekerId={d.id}
          field="idNumber"
          masked={d.idMasked}
          label={t('seekers.field.idNumber')}
        />
      </dd>
      <dt>{t('seekers.field.phone')}</dt>
      <dd>
        <RevealValue
          key={`${d.id}-phone`}
          seekerId={d.id}
          field="phone"
          masked={d.phoneMasked}
          label={t('seekers.field.phone')}
        />
      </dd>
      <dt>{t('seekers.detail.person')}</dt>
      <dd>
        {t(`gender.${d.gender}`)} · {t('seekers.detail.age', { age: d.age })}
      </dd>
      <dt>{t('seekers.detail.home')}</dt>
      <dd>{place}</dd>
      <dt>{t('seekers.field.intended')}</dt>
      <dd>{d.intendedEnterpriseId ? (intended?.name ?? '—') : t('seekers.anyEnterprise')}</dd>
      {d.enterpriseId && d.enterpriseId !== d.intendedEnterpriseId ? (
        <>
          <dt>{t('seekers.detail.enterpriseNow')}</dt>
          <dd>{d.enterpriseName}</dd>
        </>
      ) : null}
      {d.entryDate ? (
        <>
          <dt>{t('seekers.detail.entryDate')}</dt>
          <dd>{fmt.date(d.entryDate)}</dd>
        </>
      ) : null}
      <dt>{t('seekers.col.trips')}</dt>
      <dd>{fmt.number(d.trips)}</dd>
      {prefs.length > 0 ? (
        <>
          <dt>{t('seekers.field.preferences')}</dt>
          <dd>{prefs.join(' · ')}</dd>
        </>
      ) : null}
      <dt>{t('seekers.field.channel')}</dt>
      <dd>{t(`signupChannel.${d.channel}`)}</dd>
      <dt>{t('seekers.field.signedUpOn')}</dt>
      <dd>
        {fmt.date(d.signedUpOn)}
        {d.signedUpAt ? ` · ${d.signedUpAt}` : ''}
      </dd>
      {d.previousWork ? (
        <>
          <dt>{t('seekers.field.previousWork')}</dt>
          <dd>{d.previousWork}</dd>
        </>
      ) : null}
      {d.notes ? (
        <>
          <dt>{t('seekers.field.notes')}</dt>
          <dd className="pre-wrap">{d.notes}</dd>
        </>
      ) : null}
    </dl>
  );
}
