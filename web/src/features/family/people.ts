/** GET /api/people: the people I help and who helps me, read afresh on every visit (an ended help shows at once). */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { Invitation, MatterSummary, PeopleOverview, PersonCard } from '../../../../functions/family/overview';

export type { Invitation, MatterSummary, PeopleOverview, PersonCard };

export const peopleKeys = { all: ['people'] as const };

const matterSummary = z.looseObject({ id: z.string(), matter: z.string(), status: z.string(), open: z.boolean(), actions: z.array(z.string()) });
const answer = answerOf<PeopleOverview>(
  z.object({
    linked: z.boolean(),
    people: z.array(z.looseObject({ personId: z.string(), name: z.string(), relation: z.enum(['self', 'guardian', 'delegate']), matters: z.array(matterSummary) })),
    invitations: z.array(z.looseObject({ id: z.string(), personName: z.string(), relationship: z.string(), scopes: z.array(z.string()) })),
    toConfirm: z.array(z.looseObject({ id: z.string(), delegateName: z.string(), relationship: z.string() })),
  }),
);

export const fetchPeople = () => api('/people', { answer });

/** Not kept between visits: whether someone may still help is the server's answer of the moment. */
export function usePeople(enabled = true) {
  return useQuery({ queryKey: peopleKeys.all, queryFn: fetchPeople, staleTime: 0, enabled });
}
