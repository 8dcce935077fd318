/**
 * The memdsl language: the Xtext grammar of {@code .mem} files ({@code MemDsl.xtext}, from which
 * the syntax tree, parser and serializer in {@code src-gen} are generated) and its Guice wiring.
 *
 * <p>{@link MemDslRuntimeModule} binds the language's services (value converters, import-based
 * global scoping); {@link MemDslStandaloneSetup} creates the injector outside Equinox, for the
 * command line, the tests and the IDE setup built on it. Behaviour lives in the bound classes of
 * the sub-packages: units, validation, compilation to engine objects and running.
 *
 * <p>The language depends on the engine ({@code org.memdsl.runtime}) one way only: it reads the
 * engine's catalogues of kinds for what a name may be and hands the engine SI numbers and plain
 * Java objects, never EMF types. Nothing here simulates, analyses or decides physics; the grammar
 * only says "a name" where a device family, stimulus kind, measurement or network kind goes, so a
 * new kind needs no grammar change. A file sees other files only through {@code import}.
 */
package org.memdsl;
