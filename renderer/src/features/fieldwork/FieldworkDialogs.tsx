import { ClassesDialog } from './ClassesDialog';
import { useFieldworkStore } from './fieldwork-store';
import { CommissionerDialog } from './service/CommissionerDialog';
import { RequestDialog } from './service/RequestDialog';
import { VisitDialog } from './visit/VisitDialog';

/** Whichever field-work dialog is open, on the page that opened it. */
export function FieldworkDialogs() {
  const dialog = useFieldworkStore((s) => s.dialog);
  const close = useFieldworkStore((s) => s.close);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'visit':
      return <VisitDialog request={dialog} onClose={close} />;
    case 'classes':
      return <ClassesDialog onClose={close} />;
    case 'request':
      return <RequestDialog request={dialog} onClose={close} />;
    case 'commissioner':
      return <CommissionerDialog request={dialog} onClose={close} />;
  }
}
