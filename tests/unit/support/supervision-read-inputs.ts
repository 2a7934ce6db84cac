import type { Backend } from '../../../electron/backend/backend';
import type { ChannelName } from '../../../shared/contract/channels';
import { call } from './fixtures';

/** Valid inputs for the supervision channels that read, for tests that call every read channel. */
export async function supervisionReadInputs(
  backend: Backend,
): Promise<Partial<Record<ChannelName, unknown>>> {
  const finding = (await call(backend, 'findings.list', {})).rows[0];
  return {
    ...(finding ? { 'findings.get': { id: finding.id } } : {}),
    'findings.list': { countyCode: '422825', state: 'open' },
    'findings.export': { countyCode: '422825' },
  };
}
