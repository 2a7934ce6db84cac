import type { Backend } from '../../../electron/backend/backend';
import type { ChannelName } from '../../../shared/contract/channels';
import { call } from './fixtures';
import { importReadInputs } from './import-read-inputs';
import { supervisionReadInputs } from './supervision-read-inputs';

/**
 * Valid inputs for the read channels that need more than `{}`, taken from a database holding the
 * demo: tests that call every read channel use them.
 */
export async function readInputs(backend: Backend): Promise<Partial<Record<ChannelName, unknown>>> {
  const person = (await call(backend, 'seekers.query', { limit: 1 })).rows[0];
  return {
    ...(person ? { 'seekers.get': { id: person.id } } : {}),
    'seekers.selectIds': { filter: {} },
    'seekers.findByIdNumbers': { idNumbers: ['11010519491231002X'] },
    ...(await importReadInputs(backend)),
    ...(await supervisionReadInputs(backend)),
  };
}
