import type { NestedKeyOf } from 'next-intl';
import type { TAllMessages } from './catalogues';

// What reaches the browser: server components translate on the server (getTranslations) and need
// nothing shipped; client components read the messages of the nearest NextIntlClientProvider,
// which are serialised into every page's RSC payload. So each provider passes only the
// namespaces the client components under it use (docs/conventions.md, "Client messages").
// Each component's list lives in its folder's messages.ts rather than in the 'use client' module
// itself: a server page importing a value from a client module gets a client reference, not data.

/**
 * A part of the catalogue to ship: a top-level namespace (`checkin`), a subtree
 * (`registry.form`) or, where a component reads one message of a large namespace, that message
 * (`petition.start`).
 */
export type TNamespace = NestedKeyOf<TAllMessages>;
export type TNamespaces = readonly TNamespace[];

type TTree = { [key: string]: unknown };

/** Whether `path` (a namespace or a message key) lies inside `namespace`. */
export function coversPath(namespace: string, path: string): boolean {
  return path === namespace || path.startsWith(`${namespace}.`);
}

/** The namespaces of several lists, each once, sorted; a namespace inside another is dropped. */
export function mergeNamespaces(...lists: TNamespaces[]): TNamespace[] {
  const all = [...new Set(lists.flat())].sort();
  return all.filter((ns) => !all.some((other) => other !== ns && coversPath(other, ns)));
}

/**
 * The part of a catalogue the given namespaces name, in the catalogue's own shape (so
 * `useTranslations('registry.form')` works on the result). A namespace missing from the
 * catalogue throws: a typo must not ship an empty provider.
 */
export function pickMessages(messages: TAllMessages | TTree, namespaces: TNamespaces): TTree {
  const out: TTree = {};
  for (const namespace of mergeNamespaces(namespaces)) {
    const parts = namespace.split('.');
    let from: unknown = messages;
    let to = out;
    parts.forEach((part, i) => {
      if (typeof from !== 'object' || from === null || !(part in from)) throw new Error(`No namespace "${namespace}" in the messages`);
      from = (from as TTree)[part];
      if (i < parts.length - 1) to = (to[part] ??= {}) as TTree;
      else to[part] = from;
    });
  }
  return out;
}
