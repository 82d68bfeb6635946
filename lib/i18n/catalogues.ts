import type { TLocale } from './config';
import en from './messages/en.json';
import ru from './messages/ru.json';
import kk from './messages/kk.json';
import auditChainEn from './messages/features/audit-chain.en.json';
import auditChainRu from './messages/features/audit-chain.ru.json';
import auditChainKk from './messages/features/audit-chain.kk.json';
import confirmEn from './messages/features/confirm.en.json';
import confirmRu from './messages/features/confirm.ru.json';
import confirmKk from './messages/features/confirm.kk.json';
import dashboardEn from './messages/features/dashboard.en.json';
import dashboardRu from './messages/features/dashboard.ru.json';
import dashboardKk from './messages/features/dashboard.kk.json';
import exportsEn from './messages/features/exports.en.json';
import exportsRu from './messages/features/exports.ru.json';
import exportsKk from './messages/features/exports.kk.json';
import importerEn from './messages/features/importer.en.json';
import importerRu from './messages/features/importer.ru.json';
import importerKk from './messages/features/importer.kk.json';
import reassignEn from './messages/features/reassign.en.json';
import reassignRu from './messages/features/reassign.ru.json';
import reassignKk from './messages/features/reassign.kk.json';
import petitionCourtEn from './messages/features/petition-court.en.json';
import petitionCourtRu from './messages/features/petition-court.ru.json';
import petitionCourtKk from './messages/features/petition-court.kk.json';
import importReviewEn from './messages/features/import-review.en.json';
import importReviewRu from './messages/features/import-review.ru.json';
import importReviewKk from './messages/features/import-review.kk.json';
import registryEn from './messages/features/registry.en.json';
import registryRu from './messages/features/registry.ru.json';
import registryKk from './messages/features/registry.kk.json';
import warningsEn from './messages/features/warnings.en.json';
import warningsRu from './messages/features/warnings.ru.json';
import warningsKk from './messages/features/warnings.kk.json';
import timelineEn from './messages/features/timeline.en.json';
import timelineRu from './messages/features/timeline.ru.json';
import timelineKk from './messages/features/timeline.kk.json';
import signInLimitsEn from './messages/features/sign-in-limits.en.json';
import signInLimitsRu from './messages/features/sign-in-limits.ru.json';
import signInLimitsKk from './messages/features/sign-in-limits.kk.json';
import accountEn from './messages/features/account.en.json';
import accountRu from './messages/features/account.ru.json';
import accountKk from './messages/features/account.kk.json';
import registrationConflictEn from './messages/features/registration-conflict.en.json';
import registrationConflictRu from './messages/features/registration-conflict.ru.json';
import registrationConflictKk from './messages/features/registration-conflict.kk.json';
import errorPageEn from './messages/features/error-page.en.json';
import clerkQueueEn from './messages/features/clerk-queue.en.json';
import auditTrailEn from './messages/features/audit-trail.en.json';
import errorPageRu from './messages/features/error-page.ru.json';
import clerkQueueRu from './messages/features/clerk-queue.ru.json';
import auditTrailRu from './messages/features/audit-trail.ru.json';
import errorPageKk from './messages/features/error-page.kk.json';
import listsEn from './messages/features/lists.en.json';
import listsRu from './messages/features/lists.ru.json';
import listsKk from './messages/features/lists.kk.json';
import escalationEn from './messages/features/escalation.en.json';
import escalationRu from './messages/features/escalation.ru.json';
import escalationKk from './messages/features/escalation.kk.json';
import courtDocumentsEn from './messages/features/court-documents.en.json';
import courtDocumentsRu from './messages/features/court-documents.ru.json';
import courtDocumentsKk from './messages/features/court-documents.kk.json';
import appLayoutEn from './messages/features/app-layout.en.json';
import appLayoutRu from './messages/features/app-layout.ru.json';
import appLayoutKk from './messages/features/app-layout.kk.json';
import clerkQueueKk from './messages/features/clerk-queue.kk.json';
import auditTrailKk from './messages/features/audit-trail.kk.json';
import agendaTimesEn from './messages/features/agenda-times.en.json';
import agendaTimesRu from './messages/features/agenda-times.ru.json';
import agendaTimesKk from './messages/features/agenda-times.kk.json';
import notificationsEn from './messages/features/notifications.en.json';
import notificationsRu from './messages/features/notifications.ru.json';
import notificationsKk from './messages/features/notifications.kk.json';
import riskInstrumentsEn from './messages/features/risk-instruments.en.json';
import riskInstrumentsRu from './messages/features/risk-instruments.ru.json';
import riskInstrumentsKk from './messages/features/risk-instruments.kk.json';
import riskConvictionsEn from './messages/features/risk-convictions.en.json';
import riskConvictionsRu from './messages/features/risk-convictions.ru.json';
import riskConvictionsKk from './messages/features/risk-convictions.kk.json';
import publicOrderIncidentsEn from './messages/features/public-order-incidents.en.json';
import publicOrderIncidentsRu from './messages/features/public-order-incidents.ru.json';
import publicOrderIncidentsKk from './messages/features/public-order-incidents.kk.json';
import riskDuesEn from './messages/features/risk-dues.en.json';
import riskDuesRu from './messages/features/risk-dues.ru.json';
import riskDuesKk from './messages/features/risk-dues.kk.json';
import riskOversightEn from './messages/features/risk-oversight.en.json';
import riskOversightRu from './messages/features/risk-oversight.ru.json';
import riskOversightKk from './messages/features/risk-oversight.kk.json';
import riskPetitionsEn from './messages/features/risk-petitions.en.json';
import riskPetitionsRu from './messages/features/risk-petitions.ru.json';
import riskPetitionsKk from './messages/features/risk-petitions.kk.json';
import riskWorkflowEn from './messages/features/risk-workflow.en.json';
import riskWorkflowRu from './messages/features/risk-workflow.ru.json';
import riskWorkflowKk from './messages/features/risk-workflow.kk.json';
import publicOrderWarningsEn from './messages/features/public-order-warnings.en.json';
import publicOrderWarningsRu from './messages/features/public-order-warnings.ru.json';
import publicOrderWarningsKk from './messages/features/public-order-warnings.kk.json';
import publicOrderWorklistEn from './messages/features/public-order-worklist.en.json';
import publicOrderWorklistRu from './messages/features/public-order-worklist.ru.json';
import publicOrderWorklistKk from './messages/features/public-order-worklist.kk.json';
import publicOrderRecordEn from './messages/features/public-order-record.en.json';
import publicOrderRecordRu from './messages/features/public-order-record.ru.json';
import publicOrderRecordKk from './messages/features/public-order-record.kk.json';

// The catalogues: one base file per locale plus one file per feature and locale, so features
// can be worked on side by side. Each feature file holds its own top-level namespaces; the
// catalogue test fails if two files define the same namespace.
export type TMessages = Record<string, unknown>;

export const CATALOGUE_PARTS: Record<TLocale, TMessages[]> = {
  en: [
    en,
    auditChainEn,
    confirmEn,
    dashboardEn,
    exportsEn,
    importerEn,
    reassignEn,
    registryEn,
    warningsEn,
    timelineEn,
    petitionCourtEn,
    importReviewEn,
    signInLimitsEn,
    accountEn,
    registrationConflictEn,
    errorPageEn,
    listsEn,
    escalationEn,
    courtDocumentsEn,
    appLayoutEn,
    clerkQueueEn,
    auditTrailEn,
    agendaTimesEn,
    notificationsEn,
    riskInstrumentsEn,
    riskConvictionsEn,
    riskDuesEn,
    riskOversightEn,
    riskPetitionsEn,
    riskWorkflowEn,
    publicOrderIncidentsEn,
    publicOrderWarningsEn,
    publicOrderWorklistEn,
    publicOrderRecordEn,
  ],
  ru: [
    ru,
    auditChainRu,
    confirmRu,
    dashboardRu,
    exportsRu,
    importerRu,
    reassignRu,
    registryRu,
    warningsRu,
    timelineRu,
    petitionCourtRu,
    importReviewRu,
    signInLimitsRu,
    accountRu,
    registrationConflictRu,
    errorPageRu,
    listsRu,
    escalationRu,
    courtDocumentsRu,
    appLayoutRu,
    clerkQueueRu,
    auditTrailRu,
    agendaTimesRu,
    notificationsRu,
    riskInstrumentsRu,
    riskConvictionsRu,
    riskDuesRu,
    riskOversightRu,
    riskPetitionsRu,
    riskWorkflowRu,
    publicOrderIncidentsRu,
    publicOrderWarningsRu,
    publicOrderWorklistRu,
    publicOrderRecordRu,
  ],
  kk: [
    kk,
    auditChainKk,
    confirmKk,
    dashboardKk,
    exportsKk,
    importerKk,
    reassignKk,
    registryKk,
    warningsKk,
    timelineKk,
    petitionCourtKk,
    importReviewKk,
    signInLimitsKk,
    accountKk,
    registrationConflictKk,
    errorPageKk,
    listsKk,
    escalationKk,
    courtDocumentsKk,
    appLayoutKk,
    clerkQueueKk,
    auditTrailKk,
    agendaTimesKk,
    notificationsKk,
    riskInstrumentsKk,
    riskConvictionsKk,
    riskDuesKk,
    riskOversightKk,
    riskPetitionsKk,
    riskWorkflowKk,
    publicOrderIncidentsKk,
    publicOrderWarningsKk,
    publicOrderWorklistKk,
    publicOrderRecordKk,
  ],
};

/** The shape of a whole catalogue (English is the reference; the test holds the others to it). */
export type TAllMessages = typeof en &
  typeof auditChainEn &
  typeof confirmEn &
  typeof dashboardEn &
  typeof exportsEn &
  typeof importerEn &
  typeof reassignEn &
  typeof registryEn &
  typeof warningsEn &
  typeof timelineEn &
  typeof petitionCourtEn &
  typeof importReviewEn &
  typeof signInLimitsEn &
  typeof accountEn &
  typeof registrationConflictEn &
  typeof errorPageEn &
  typeof listsEn &
  typeof escalationEn &
  typeof courtDocumentsEn &
  typeof appLayoutEn &
  typeof clerkQueueEn &
  typeof auditTrailEn &
  typeof agendaTimesEn &
  typeof notificationsEn &
  typeof riskInstrumentsEn &
  typeof riskConvictionsEn &
  typeof riskDuesEn &
  typeof riskOversightEn &
  typeof riskPetitionsEn &
  typeof riskWorkflowEn &
  typeof publicOrderIncidentsEn &
  typeof publicOrderWarningsEn &
  typeof publicOrderWorklistEn &
  typeof publicOrderRecordEn;

export const MESSAGES: Record<TLocale, TAllMessages> = {
  en: Object.assign({}, ...CATALOGUE_PARTS.en) as TAllMessages,
  ru: Object.assign({}, ...CATALOGUE_PARTS.ru) as TAllMessages,
  kk: Object.assign({}, ...CATALOGUE_PARTS.kk) as TAllMessages,
};
