import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldVisit } from '../../../../../shared/domain/fieldwork';
import { useRead } from '../../../data/use-read';
import { useDefaultDate } from '../../../data/reference-store';
import { visitPlace } from '../../../data/visit-place';
import { translateError } from '../../../i18n';
import { Modal } from '../../../ui/Modal';
import type { FieldworkDialog } from '../fieldwork-store';
import { VisitForm, type VisitValues } from './VisitForm';

type Request = Extract<FieldworkDialog, { kind: 'visit' }>;

function fromVisit(v: FieldVisit): VisitValues {
  return {
    id: v.id,
    kind: v.kind,
    date: v.date,
    classId: v.classId,
    countyCode: v.countyCode,
    town: v.town,
    village: v.village,
    enterpriseId: v.enterpriseId,
    staff: v.staff,
    reached: v.reached,
    signedUp: v.signedUp,
    seekerIds: v.people.map((p) => p.seekerId),
    policies: v.policies,
    notes: v.notes,
  };
}

/** A visit to correct, loaded first; its form once it is here. */
function ExistingVisit({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [loaded] = useState(() => ({ id }));
  const visit = useRead('fieldVisits.get', loaded);
  if (visit.data)
    return (
      <VisitForm
        initial={fromVisit(visit.data)}
        people={visit.data.people}
        place={visitPlace(visit.data, i18n.language)}
        onClose={onClose}
      />
    );
  return (
    <Modal title={t('fieldwork.form.newTitle')} onClose={onClose} className="modal-narrow">
      <div className="modal-body">
        {visit.error ? (
          <p className="inline-error" role="alert">
            {translateError(visit.error)}
          </p>
        ) : (
          <p className="muted">{t('app.loading')}</p>
        )}
      </div>
    </Modal>
  );
}

/** Logs a field visit (or a policy briefing at an enterprise), or corrects one. */
export function VisitDialog({ request, onClose }: { request: Request; onClose: () => void }) {
  const today = useDefaultDate();
  if (request.id) return <ExistingVisit id={request.id} onClose={onClose} />;
  const initial: VisitValues = {
    id: null,
    kind: request.visitKind ?? 'village_meeting',
    date: today,
    classId: null,
    countyCode: null,
    town: '',
    village: '',
    enterpriseId: request.enterpriseId ?? null,
    staff: '',
    reached: 0,
    signedUp: 0,
    seekerIds: [],
    policies: [],
    notes: '',
  };
  return <VisitForm initial={initial} people={[]} onClose={onClose} />;
}
