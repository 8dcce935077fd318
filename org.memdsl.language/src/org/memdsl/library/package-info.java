/**
 * The protocol libraries shipped with memdsl ({@code import standard}): {@code .mem} files on the
 * class path, found by name. They are validated and tested like user files
 * ({@code LibraryTest}); their protocols report the columns of a characterisation table.
 */
package org.memdsl.library;
