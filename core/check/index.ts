/** The Decree 30 checker: findings for VanBan documents and for any DOCX file. */
export * from './types';
export { CHECK_RULES, ELEMENTS, ruleInfo, formatMessage, type RuleInfo, type RuleInput, type ElementInfo } from './catalog';
export { checkDocument } from './check-document';
export { checkDocx } from './check-docx';
export { blocksIssue, hasErrors, openErrors, PLACEHOLDER_RULE, sortFindings } from './summary';
