import { z } from 'zod';
import { uuid } from '../domain/fields';
import {
  Commissioner,
  CommissionerInput,
  EnterpriseService,
  FieldVisit,
  FieldVisitInput,
  RecruitmentClass,
  RecruitmentClassInput,
  RequestFilter,
  ServiceRequest,
  ServiceRequestInput,
  VisitFilter,
  VisitList,
} from '../domain/fieldwork';

const ById = z.object({ id: uuid }).strict();

/**
 * Field work (spread into the contract): the special recruitment classes and their visits, and the
 * one-to-one service to key enterprises (commissioners and requests). Every write is audited.
 */
export const fieldworkChannels = {
  'recruitmentClasses.list': {
    input: z.object({}).strict(),
    output: z.array(RecruitmentClass),
    kind: 'read',
  },
  'recruitmentClasses.save': { input: RecruitmentClassInput, output: RecruitmentClass, kind: 'write' },
  /** Visits matching a filter, newest first, with totals over all of them. */
  'fieldVisits.list': { input: VisitFilter, output: VisitList, kind: 'read' },
  'fieldVisits.get': { input: ById, output: FieldVisit, kind: 'read' },
  /** Logs a visit or corrects one, with the people signed up at it. */
  'fieldVisits.save': { input: FieldVisitInput, output: FieldVisit, kind: 'write' },
  /** Removes a visit logged by mistake (its people keep their sign-ups). */
  'fieldVisits.delete': { input: ById, output: z.object({ id: uuid }), kind: 'write' },
  /** Every enterprise's commissioner and requests at a glance. */
  'enterpriseService.overview': {
    input: z.object({}).strict(),
    output: z.array(EnterpriseService),
    kind: 'read',
  },
  'enterpriseService.requests': { input: RequestFilter, output: z.array(ServiceRequest), kind: 'read' },
  /** Records a request, or what was done about it; a date solved closes it. */
  'enterpriseService.saveRequest': { input: ServiceRequestInput, output: ServiceRequest, kind: 'write' },
  'enterpriseService.setCommissioner': { input: CommissionerInput, output: Commissioner, kind: 'write' },
} as const;
