/**
 * The Outline view of {@code .mem} editors: {@link org.memdsl.ui.outline.OutlineAdapterFactory}
 * adapts the Generic Editor to a {@link org.memdsl.ui.outline.MemOutlinePage}, which shows the
 * document symbols of the IDE services. Parsing happens on the display thread after a pause in
 * typing; it is a parse only (no validation), which stays fast for large files.
 */
package org.memdsl.ui.outline;
