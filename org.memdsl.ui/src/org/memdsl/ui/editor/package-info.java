/**
 * The {@code .mem} editor: contributions to the platform Generic Editor, driven by the language's
 * services rather than a separate editor implementation.
 *
 * <p>{@link MemPresentationReconciler} and {@link MemTokenScanner} highlight keywords taken from
 * the grammar, comments, strings and numbers; {@link MemValidationReconciler} runs
 * {@link MemValidationStrategy} shortly after each change, which validates the current text with
 * {@link SpecValidator} (as if it were the file at its URI, so imports resolve) and shows the
 * issues as problem markers for a workspace file, or as editor annotations for a file outside the
 * workspace; {@link MemContentAssistProcessor} offers the completions of
 * {@link org.memdsl.ide.contentassist.MemDslCompletions}.
 *
 * <p>The editor shows what the language says and adds no rules of its own: a file that validates
 * here validates on the command line, and the other way round. Validation and completion work on
 * the document's text and never save or modify it.
 */
package org.memdsl.ui.editor;
