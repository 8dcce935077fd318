/**
 * Hover text of a {@code .mem} file from the engine's catalogues (kinds, parameters, units) and the
 * file's own declarations; shared by the workbench editor and the language server.
 */
package org.memdsl.ide.hover;
