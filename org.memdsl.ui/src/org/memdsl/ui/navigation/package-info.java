/**
 * Navigation and refactoring in the workbench over the IDE services of
 * {@code org.memdsl.ide.navigation}: Ctrl+click ({@link org.memdsl.ui.navigation.MemHyperlinkDetector})
 * and F3 open a declaration, Ctrl+Shift+G lists references, Ctrl+O shows the quick outline,
 * Alt+Shift+R renames across the workspace ({@link org.memdsl.ui.navigation.SpecEdits} changes open
 * editors in place and writes the other files). Every search covers the {@code .mem} files of the
 * open projects, with the unsaved text of open editors.
 */
package org.memdsl.ui.navigation;
