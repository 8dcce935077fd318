package org.memdsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.BlockKinds;
import org.memdsl.compiler.KindReference;
import org.memdsl.memDsl.Element;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.ParameterAssignment;
import org.memdsl.runtime.catalog.Parameter;

/**
 * Rules every block that names a kind of an engine catalogue obeys, whatever the catalogue: the
 * name is known, and every parameter the kind requires is given.
 */
public class KindValidator extends MemDslRuleValidator {

    @Check
    public void checkKnownKind(Element element) {
        checkKnown(element);
    }

    @Check
    public void checkKnownMeasurement(Measurement measurement) {
        checkKnown(measurement);
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
    public void checkRequiredParameters(Element element) {
        checkRequired(element);
    }

    @Check
    public void checkRequiredMeasurementParameters(Measurement measurement) {
        checkRequired(measurement);
    }

    private void checkRequired(EObject block) {
        BlockKinds.of(block).ifPresent(kind -> {
            for (Parameter p : kind.parameters()) {
                boolean given = BlockKinds.assignments(block).stream().map(ParameterAssignment::getName)
                        .anyMatch(p.name()::equals);
                if (p.required() && !given) {
                    error(BlockKinds.describe(block, kind) + " needs '" + p.name() + "' (" + p.description() + ")",
                            block, block instanceof Measurement ? MemDslPackage.Literals.MEASUREMENT__KIND
                                    : MemDslPackage.Literals.ELEMENT__NAME, IssueCodes.MISSING_ARGUMENT, p.name());
                }
            }
        });
    }
}
