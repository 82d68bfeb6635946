/**
 * An audit action code (`person.view`, `export.notice-worklist`) as its message key under
 * `auditAction` (features/audit-trail.*.json): dots and dashes become underscores, so no code
 * nests under another. tests/unit/audit-action-labels.test.ts checks every code written in the
 * code base has a label in en, ru and kk.
 */
export function auditActionKey(code: string): string {
  return code.replace(/[^A-Za-z0-9]/g, '_');
}

/**
 * Every action code the code base writes to the trail, for the action filter's select. A new
 * action adds its code here and its label in the three catalogues (the unit test finds it).
 */
export const AUDIT_ACTION_CODES = [
  'account.activate',
  'account.changePassword',
  'agenda.export',
  'agenda.hours',
  'auth.lock',
  'auth.mfaEnrol',
  'auth.mfaVerify',
  'auth.signIn',
  'auth.signOut',
  'caseload.reassign',
  'checkin.cancel',
  'checkin.record',
  'checkin.reschedule',
  'checkin.schedule',
  'conviction.create',
  'evidence.download',
  'export.audit',
  'export.caseload',
  'export.expiring',
  'export.notice-worklist',
  'export.persons',
  'export.risk',
  'notification.read',
  'notification.readAll',
  'order.create',
  'page.view',
  'person.addAddress',
  'person.confirmAddressChange',
  'person.flagForPetition',
  'person.photo.view',
  'person.reassign',
  'person.register',
  'person.rejectAddressChange',
  'person.reportAddressChange',
  'person.review',
  'person.timeline.view',
  'person.view',
  'person.withdrawFlag',
  'petition.announce',
  'petition.attach',
  'petition.decide',
  'petition.document',
  'petition.endorse',
  'petition.file',
  'petition.fileDownload',
  'petition.rescheduleHearing',
  'petition.return',
  'petition.saveDraft',
  'petition.setHearing',
  'petition.start',
  'petition.view',
  'petition.withdraw',
  'publicOrder.warning.issue',
  'reference.save',
  'risk.due.notify',
  'risk.due.raise',
  'registrationConflict.resolve',
  'registry.import',
  'registry.importCheck',
  'registry.reinstate',
  'registry.withhold',
  'risk.instrument.create',
  'risk.correct',
  'risk.countersign',
  'risk.return',
  'risk.save',
  'risk.start',
  'risk.submit',
  'risk.view',
  'user.create',
  'user.deactivate',
  'user.passwordReset',
  'user.reactivate',
  'user.secondFactorReset',
  'user.unlock',
  'user.updateRole',
  'violation.declineProposal',
  'violation.dismiss',
  'violation.escalate',
  'violation.proposeEscalation',
  'violation.record',
  'warning.document',
  'warning.issue',
  'warning.outcome',
] as const;

export function isAuditActionCode(code: string): boolean {
  return (AUDIT_ACTION_CODES as readonly string[]).includes(code);
}
