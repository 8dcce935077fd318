/**
 * The generic, editor-independent IDE services of memdsl, on Xtext's {@code xtext.ide} layer (the
 * one its language server uses): the same services serve the workbench's Generic Editor, a
 * language server and the tests.
 *
 * <p>{@link MemDslIdeModule} binds the IDE services (the content proposal provider) on top of the
 * language's runtime module; {@link MemDslIdeSetup} creates the injector that mixes both, the
 * one the workbench bundle and a language server use.
 *
 * <p>Nothing in this bundle depends on SWT, JFace or the Eclipse workbench, and nothing here
 * validates, compiles or runs a spec differently from the language: IDE services only present
 * what the language and the engine's catalogues of kinds already say.
 */
package org.memdsl.ide;
