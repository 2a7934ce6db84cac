import type { Handlers } from './handler-context';
import { appHandlers } from './app/handlers';
import { auditHandlers } from './audit/handlers';
import { countHandlers } from './counts/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { enterpriseHandlers } from './enterprises/handlers';
import { fieldworkHandlers } from './fieldwork/handlers';
import { importHandlers } from './imports/handlers';
import { policyHandlers } from './policies/handlers';
import { seekerHandlers } from './seekers/handlers';
import { stabilisationHandlers } from './stabilisation/handlers';
import { supervisionHandlers } from './supervision/handlers';
import { transportHandlers } from './transport/handlers';

/** Every channel's handler: each domain's map, spread. A channel without a handler does not compile. */
export const handlers: Handlers = {
  ...appHandlers,
  ...enterpriseHandlers,
  ...seekerHandlers,
  ...countHandlers,
  ...auditHandlers,
  ...importHandlers,
  ...dashboardHandlers,
  ...transportHandlers,
  ...stabilisationHandlers,
  ...supervisionHandlers,
  ...fieldworkHandlers,
  ...policyHandlers,
};
