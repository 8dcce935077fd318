package org.memdsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportUriResolver;
import org.memdsl.conversion.MemDslValueConverters;
import org.memdsl.formatting2.MemDslFormatter;
import org.memdsl.scoping.LibraryImportUriResolver;

/** Guice bindings of the memdsl language; behaviour lives in the bound classes. */
public class MemDslRuntimeModule extends AbstractMemDslRuntimeModule {

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return MemDslValueConverters.class;
    }

    /** Names from other files are visible only through {@code import "file.mem"}. */
    @Override
    public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
        return ImportUriGlobalScopeProvider.class;
    }

    public Class<? extends IFormatter2> bindIFormatter2() {
        return MemDslFormatter.class;
    }

    /** Imports name files by path and shipped libraries by name. */
    public Class<? extends ImportUriResolver> bindImportUriResolver() {
        return LibraryImportUriResolver.class;
    }
}
