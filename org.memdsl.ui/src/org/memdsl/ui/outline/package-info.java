/**
 * The Outline view of {@code .mem} editors: {@link org.memdsl.ui.outline.OutlineAdapterFactory}
 * adapts the Generic Editor to a {@link org.memdsl.ui.outline.MemOutlinePage}, which shows the
 * document symbols of the IDE services. Parsing happens in a background job after a pause in
 * typing; it is a parse only (no validation), and only showing the result uses the display thread.
 */
package org.memdsl.ui.outline;
