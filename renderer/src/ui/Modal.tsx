import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** `alertdialog` for confirmations, so assistive tech reads the question at once. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
}

/**
 * A native modal <dialog>: the browser traps focus, makes the page behind inert and closes on Escape.
 * Mounting opens it; the parent unmounts it to close.
 */
export function Modal({ title, onClose, children, role = 'dialog', className }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const onCancel = (event: Event) => {
      // Escape: let the parent decide (it unmounts us) instead of the browser closing behind React's back.
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog ref={ref} role={role} aria-labelledby={titleId} className={`modal ${className ?? ''}`}>
      <header className="modal-header">
        <h2 id={titleId}>{title}</h2>
      </header>
      {children}
    </dialog>
  );
}
