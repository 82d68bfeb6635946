// Every public-order action, where tests/helpers/fuzz.ts and the permission matrix find a domain's
// actions (lib/*/actions.ts). Each part's definitions stay in their own module so that a form's
// 'use server' module reaches only its own part's messages (tests/unit/client-messages.test.ts).
export * from './records-actions';
export * from './incidents-actions';
export * from './warnings-actions';
