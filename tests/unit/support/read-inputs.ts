import type { Backend } from '../../../electron/backend/backend';
import type { ChannelName } from '../../../shared/contract/channels';
import { call } from './fixtures';
import { importReadInputs } from './import-read-inputs';

/**
 * Valid inputs for the read channels that need more than `{}`, taken from a database holding the
 * demo: tests that call every read channel use them.
 */
export async function readInputs(backend: Backend): Promise<Partial<Record<ChannelName, unknown>>> {
  const person = (await call(backend, 'seekers.query', { limit: 1 })).rows[0];
  const visit = (await call(backend, 'fieldVisits.list', { limit: 1 })).rows[0];
  return {
    ...(person ? { 'seekers.get': { id: person.id } } : {}),
    ...(visit ? { 'fieldVisits.get': { id: visit.id } } : {}),
    'fieldVisits.list': { countyCode: '422822', kind: 'village_meeting' },
    'enterpriseService.requests': { status: null },
    'seekers.selectIds': { filter: {} },
    'seekers.findByIdNumbers': { idNumbers: ['11010519491231002X'] },
    ...(await importReadInputs(backend)),
  };
}
