/**
 * Bundle internals of the memdsl workbench, not API (exported only to the workbench tests).
 *
 * <p>{@link MemDslUiPlugin} is the bundle activator; it creates, lazily and once, the injector of
 * the language with its generic IDE services, from which every editor service and the runner are
 * taken, and gives the bundle's log. {@link OpenFilesAtStartup} opens the files named by the
 * {@code memdsl.open} system property once the workbench is up (used by
 * {@code bin/memdsl-workbench FILE…}).
 *
 * <p>Nothing here holds spec, validation or run logic; other bundles must not depend on this
 * package.
 */
package org.memdsl.ui.internal;
