/** Query keys of the benefits pages: the person's benefit matters, one matter, the reviewers' queue and matters. */
export const benefitKeys = {
  all: ['benefits'] as const,
  mine: () => [...benefitKeys.all, 'mine'] as const,
  detail: (id: string) => [...benefitKeys.all, 'detail', id] as const,
  queue: (query: string) => [...benefitKeys.all, 'reviews', query] as const,
  review: (id: string) => [...benefitKeys.all, 'review', id] as const,
};
