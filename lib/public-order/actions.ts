import 'server-only';

// The public-order actions, in the file tests/helpers/fuzz.ts and the permission matrix find
// (lib/*/actions.ts): each part's definitions live in their own module and are re-exported here.
export * from './incidents-actions';
