/**
 * Navigation over {@code .mem} files through Xtext's IDE services (the ones its language server
 * uses): {@link org.memdsl.ide.navigation.MemDslNavigation} gives the declarations of a file as
 * symbols, the declaration of a name, every use of a declaration across a
 * {@link org.memdsl.ide.navigation.SpecWorkspace} and the edits that rename it.
 * {@link org.memdsl.ide.navigation.MemDslDocumentSymbols} and
 * {@link org.memdsl.ide.navigation.MemDslSymbolDetails} are bound in the IDE module, so the
 * workbench's outline and the language server's document symbols are the same.
 *
 * <p>Everything here works on texts given by the caller (an editor's unsaved text wins over the
 * file on disk) and never writes a file; applying edits is the caller's business.
 */
package org.memdsl.ide.navigation;
