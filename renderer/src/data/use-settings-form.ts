import { useState } from 'react';
import type { SettingsPatch } from '../../../shared/domain/settings';
import { ApiCallError } from '../api';
import { useAppStore } from '../shell/app-store';
import { flashError, flashSuccess } from '../shell/flash-store';

type Errors<K extends keyof SettingsPatch> = Partial<Record<K, string>>;

/**
 * Saving a settings card: the patch goes through the shared schema in the backend; its refusals land
 * on the card's fields (by path), anything else is flashed.
 */
export function useSettingsForm<K extends keyof SettingsPatch>(fields: readonly K[]) {
  const updateSettings = useAppStore((s) => s.updateSettings);
  const [errors, setErrors] = useState<Errors<K>>({});
  const [saving, setSaving] = useState(false);

  const save = async (patch: Pick<SettingsPatch, K>) => {
    setSaving(true);
    setErrors({});
    try {
      await updateSettings(patch);
      flashSuccess('common.saved');
    } catch (error) {
      const next: Errors<K> = {};
      if (error instanceof ApiCallError) {
        for (const f of fields) {
          const issue = error.issues.find((i) => i.path[0] === f);
          if (issue) next[f] = issue.message;
        }
      }
      if (Object.keys(next).length > 0) setErrors(next);
      else flashError(error);
    } finally {
      setSaving(false);
    }
  };

  return { errors, saving, save };
}
