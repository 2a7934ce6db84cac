import { useEffect, useState } from 'react';
import type { Finding } from '../../../../shared/contract/supervision';
import { call } from '../../api';
import { flashError } from '../../shell/flash-store';
import { FindingDialog } from './FindingDialog';
import { FindingForm } from './FindingForm';
import { useSupervisionStore } from './supervision-store';

/** Correcting a finding: its facts as saved, in the form. */
function EditFinding({ id, onClose }: { id: string; onClose: () => void }) {
  const [finding, setFinding] = useState<Finding | null>(null);
  useEffect(() => {
    let live = true;
    call('findings.get', { id }).then(
      (f) => live && setFinding(f),
      (err: unknown) => {
        flashError(err);
        if (live) onClose();
      },
    );
    return () => {
      live = false;
    };
  }, [id, onClose]);
  return finding ? <FindingForm finding={finding} countyCode={null} onClose={onClose} /> : null;
}

/** Whichever dialog of the supervision page is open; leaving the page closes it. */
export function SupervisionDialogs() {
  const dialog = useSupervisionStore((s) => s.dialog);
  const close = useSupervisionStore((s) => s.close);
  const open = useSupervisionStore((s) => s.open);
  const countyCode = useSupervisionStore((s) => s.filter.countyCode);
  useEffect(() => close, [close]);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'new':
      return <FindingForm finding={null} countyCode={countyCode} onClose={close} />;
    case 'finding':
      return <FindingDialog key={dialog.id} id={dialog.id} onClose={close} />;
    case 'edit':
      return (
        <EditFinding
          key={dialog.id}
          id={dialog.id}
          onClose={() => open({ kind: 'finding', id: dialog.id })}
        />
      );
  }
}
