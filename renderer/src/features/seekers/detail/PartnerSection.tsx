import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeekerDetail, SeekerRow } from '../../../../../shared/domain/seeker';
import { call } from '../../../api';
import { flashError, flashSuccess } from '../../../shell/flash-store';
import { confirmAction } from '../../../ui/confirm-store';
import { countyName } from '../../../data/labels';
import { useSeekersStore } from '../seekers-store';
import { searchFilter } from '../../../data/person-lookup';

const SEARCH_DEBOUNCE_MS = 250;
const MATCHES = 8;

/** Finds the other half of a couple by name, ID tail or phone, then links the two. */
function PartnerPicker({ detail, onDone }: { detail: SeekerDetail; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [matches, setMatches] = useState<SeekerRow[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const search = text.trim();
    if (search === '') {
      setMatches([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      searchFilter(search)
        .then((filter) => call('seekers.query', { filter, limit: MATCHES + 1 }))
        .then(
          (r) => {
            if (live) setMatches(r.rows.filter((row) => row.id !== detail.id).slice(0, MATCHES));
          },
          (error: unknown) => flashError(error),
        );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, detail.id]);

  const link = async (partner: SeekerRow) => {
    setBusy(true);
    try {
      await call('seekers.link', { id: detail.id, partnerId: partner.id });
      flashSuccess('seekers.partner.linked', { a: detail.name, b: partner.name });
      onDone();
    } catch (error) {
      flashError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="partner-picker">
      <label htmlFor={id} className="visually-hidden">
        {t('seekers.partner.search')}
      </label>
      <input
        id={id}
        type="search"
        autoFocus
        placeholder={t('seekers.partner.search')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {matches.length > 0 ? (
        <ul className="partner-matches" aria-label={t('seekers.partner.matches')}>
          {matches.map((m) => (
            <li key={m.id}>
              <span>
                <strong>{m.name}</strong> <span className="mono muted">{m.idMasked}</span>{' '}
                <span className="muted">{countyName(m.countyCode, i18n.language)}</span>
                {m.partnerName ? (
                  <span className="muted"> · {t('seekers.partner.hasPartner', { name: m.partnerName })}</span>
                ) : null}
              </span>
              <button
                type="button"
                className="small"
                disabled={busy}
                aria-label={t('seekers.partner.linkWith', { name: m.name })}
                onClick={() => void link(m)}
              >
                {t('seekers.partner.link')}
              </button>
            </li>
          ))}
        </ul>
      ) : text.trim() !== '' ? (
        <p className="muted">{t('seekers.partner.noMatch')}</p>
      ) : null}
    </div>
  );
}

/** The couple (夫妻档): kept together on buses and placements. */
export function PartnerSection({ detail }: { detail: SeekerDetail }) {
  const { t } = useTranslation();
  const titleId = useId();
  const open = useSeekersStore((s) => s.open);
  const [picking, setPicking] = useState(false);

  const unlink = async () => {
    const ok = await confirmAction({
      message: t('seekers.partner.unlinkConfirm', { a: detail.name, b: detail.partnerName ?? '' }),
      confirmLabel: t('seekers.partner.unlink'),
      danger: true,
    });
    if (!ok) return;
    try {
      await call('seekers.link', { id: detail.id, partnerId: null });
      flashSuccess('seekers.partner.unlinked', { name: detail.name });
    } catch (error) {
      flashError(error);
    }
  };

  return (
    <section className="detail-section" aria-labelledby={titleId}>
      <div className="section-head">
        <h3 id={titleId}>{t('seekers.partner.title')}</h3>
        {detail.partnerId ? (
          <button type="button" className="small subtle danger-text" onClick={() => void unlink()}>
            {t('seekers.partner.unlink')}
          </button>
        ) : (
          <button
            type="button"
            className="small"
            onClick={() => setPicking((p) => !p)}
            aria-expanded={picking}
          >
            {picking ? t('common.cancel') : t('seekers.partner.add')}
          </button>
        )}
      </div>
      {detail.partnerId ? (
        <p className="partner-line">
          {t('seekers.partner.is')}
          <button type="button" className="link-button" onClick={() => open(detail.partnerId ?? '')}>
            {detail.partnerName}
          </button>
        </p>
      ) : picking ? (
        <PartnerPicker detail={detail} onDone={() => setPicking(false)} />
      ) : (
        <p className="muted">{t('seekers.partner.none')}</p>
      )}
    </section>
  );
}
