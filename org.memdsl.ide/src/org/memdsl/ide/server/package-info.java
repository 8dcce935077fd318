/**
 * Services of memdsl's language server (Xtext's, on stdio through {@code memdsl lsp}) that differ
 * from Xtext's defaults: hover from the engine's catalogues, code actions from the quick fixes.
 */
package org.memdsl.ide.server;
