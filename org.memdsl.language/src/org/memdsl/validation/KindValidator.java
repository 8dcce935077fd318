package org.memdsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.BlockKinds;
import org.memdsl.compiler.KindReference;
import org.memdsl.memDsl.ArrayStep;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.ParameterAssignment;
import org.memdsl.runtime.catalog.Parameter;

/**
 * Rules every block that names a kind of an engine catalogue obeys, whatever the catalogue: the
 * name is known, and every parameter the kind requires is given.
 */
public class KindValidator extends MemDslRuleValidator {

    /** Any block that names a kind: a declaration, a measurement, an array step. */
    @Check
    public void checkKnownKind(EObject block) {
        checkKnown(block);
    }

    private void checkKnown(EObject block) {
        KindReference.of(block).ifPresent(reference -> {
            String name = reference.name(block);
            if (name != null && reference.catalogue().byName(name).isEmpty()) {
                error(reference.catalogue().unknown(name), block, reference.feature(),
                        IssueCodes.unknownKind(reference.catalogue()), name);
            }
        });
    }

    @Check
    public void checkRequiredParameters(EObject block) {
        checkRequired(block);
    }

    /** Where a block's missing parameter is reported: its name, or what names its kind. */
    private static EStructuralFeature feature(EObject block) {
        if (block instanceof Measurement) {
            return MemDslPackage.Literals.MEASUREMENT__KIND;
        }
        if (block instanceof ArrayStep) {
            return MemDslPackage.Literals.ARRAY_STEP__OPERATION;
        }
        return MemDslPackage.Literals.ELEMENT__NAME;
    }

    private void checkRequired(EObject block) {
        BlockKinds.of(block).ifPresent(kind -> {
            for (Parameter p : kind.parameters()) {
                boolean given = BlockKinds.assignments(block).stream().map(ParameterAssignment::getName)
                        .anyMatch(p.name()::equals);
                if (p.required() && !given) {
                    error(BlockKinds.describe(block, kind) + " needs '" + p.name() + "' (" + p.description() + ")",
                            block, feature(block), IssueCodes.MISSING_ARGUMENT, p.name());
                }
            }
        });
    }
}
