import { useChannel } from '../use-channel';

/** Suggestions for "by whom": the staff of every special class, each name once. */
export function StaffNames({ id }: { id: string }) {
  const { data } = useChannel('classes.list', {});
  const names = [...new Set((data ?? []).flatMap((c) => c.members.map((m) => m.name)))];
  return (
    <datalist id={id}>
      {names.map((n) => (
        <option key={n} value={n} />
      ))}
    </datalist>
  );
}
