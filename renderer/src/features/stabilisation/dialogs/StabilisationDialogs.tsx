import { useEffect } from 'react';
import { CaseDialog } from './CaseDialog';
import { ClassDialog } from './ClassDialog';
import { useDialogStore } from './dialog-store';
import { LeaveDialog } from './LeaveDialog';
import { NewCaseDialog } from './NewCaseDialog';
import { TransferDialog } from './TransferDialog';
import { VisitDialog } from './VisitDialog';
import { VoidMoveDialog } from './VoidMoveDialog';

/** Whichever stabilisation dialog is open; mounted by the stabilisation page and by a person's record. */
export function StabilisationDialogs() {
  const dialog = useDialogStore((s) => s.dialog);
  const close = useDialogStore((s) => s.close);
  // A dialog belongs to the page that opened it: leaving the page closes it.
  useEffect(() => close, [close]);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'newCase':
      return <NewCaseDialog worker={dialog.worker} onClose={close} />;
    case 'case':
      return <CaseDialog key={dialog.id} id={dialog.id} onClose={close} />;
    case 'visit':
      return <VisitDialog worker={dialog.worker} onClose={close} />;
    case 'transfer':
      return <TransferDialog worker={dialog.worker} caseId={dialog.caseId} onClose={close} />;
    case 'leave':
      return <LeaveDialog worker={dialog.worker} caseId={dialog.caseId} onClose={close} />;
    case 'voidMove':
      return <VoidMoveDialog request={dialog.request} onClose={close} />;
    case 'class':
      return (
        <ClassDialog specialClass={dialog.specialClass} enterpriseId={dialog.enterpriseId} onClose={close} />
      );
  }
}
