/**
 * The memdsl project nature and its builder: every {@code .mem} file of a project checked on save
 * and build, into the problem markers the editor also writes.
 */
package org.memdsl.ui.builder;
