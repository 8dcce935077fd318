/** Editor texts parsed as {@code .mem} resources, for the IDE services and the formatter. */
package org.memdsl.resource;
