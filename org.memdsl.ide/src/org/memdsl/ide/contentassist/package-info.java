/**
 * Content assist for {@code .mem} files: {@link MemDslCompletions} is the entry point for any
 * editor (completion entries for a text, its URI and an offset), and
 * {@link MemDslContentProposalProvider} adds, where the grammar only says "a name", proposals from
 * the engine's catalogues of kinds: device families, stimulus kinds, network kinds, measurements
 * (a network's outputs inside a network block), the parameters a block accepts, the parameters a
 * synapse can vary, and the units of the parameter at hand, most used first.
 *
 * <p>Proposals are computed from the text given, not from the file on disk; the URI only locates
 * it so that imports resolve. Every kind and parameter offered comes from the same catalogues the
 * validator checks against, so content assist and validation agree on what a name may be; no
 * list of names is kept here. Content assist never modifies the document it completes.
 */
package org.memdsl.ide.contentassist;
