/**
 * File ▸ New wizards: a memdsl project (with the nature and, if wanted, the papers' examples that
 * the build copies into this bundle's {@code examples/papers}) and a memdsl file.
 */
package org.memdsl.ui.wizards;
