/**
 * react-hook-form's zod resolver with the shared schema loaded when first needed: a page drawn at build
 * time becomes usable before the validation code (zod and the schemas, the largest part of a form page)
 * has arrived. It is fetched as soon as the page is live (`preload`), and a submission waits for it.
 */
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

export interface LazyResolver<T extends FieldValues, C, O extends FieldValues> {
  resolver: Resolver<T, C, O>;
  preload(): void;
}

export function lazyResolver<T extends FieldValues, C = unknown, O extends FieldValues = T>(schema: () => Promise<z.ZodType>): LazyResolver<T, C, O> {
  let loaded: Promise<Resolver<T, C, O>> | undefined;
  const load = () =>
    (loaded ??= Promise.all([import('@hookform/resolvers/zod'), schema()]).then(([{ zodResolver }, s]) => zodResolver(s as never) as unknown as Resolver<T, C, O>));
  return {
    resolver: async (values, context, options) => (await load())(values, context, options),
    preload: () => void load(),
  };
}
