/**
 * Quick fixes of validation issues as text edits, from the issue codes of
 * {@code org.memdsl.validation.IssueCodes}; shared by the workbench (Ctrl+1) and the language
 * server (code actions).
 */
package org.memdsl.ide.quickfix;
