package org.memdsl.validation;

import org.memdsl.runtime.catalog.Catalogue;

/** Issue codes of the memdsl validator; quick fixes key on these. */
public final class IssueCodes {

    private static final String PREFIX = "org.memdsl.";

    /** Prefix of every unknown-kind code: {@code unknownKind.device}, {@code unknownKind.measure}, … */
    public static final String UNKNOWN_KIND = PREFIX + "unknownKind.";
    public static final String UNKNOWN_FAMILY = PREFIX + "unknownKind.device";
    public static final String UNKNOWN_STIMULUS_KIND = PREFIX + "unknownKind.stimulus";
    public static final String UNKNOWN_MEASUREMENT = PREFIX + "unknownKind.measure";
    public static final String UNKNOWN_NETWORK_KIND = PREFIX + "unknownKind.network";
    public static final String UNKNOWN_PARAMETER = PREFIX + "unknownParameter";
    public static final String DUPLICATE_ASSIGNMENT = PREFIX + "duplicateAssignment";
    public static final String WRONG_UNIT = PREFIX + "wrongUnit";
    public static final String OUT_OF_RANGE = PREFIX + "outOfRange";
    public static final String NOT_WHOLE = PREFIX + "notWhole";
    public static final String EXPECTED_LIST = PREFIX + "expectedList";
    public static final String EXPECTED_SCALAR = PREFIX + "expectedScalar";
    public static final String EXPECTED_FILE = PREFIX + "expectedFile";
    public static final String MISSING_ARGUMENT = PREFIX + "missingArgument";
    public static final String INVALID_STIMULUS = PREFIX + "invalidStimulus";
    public static final String DUPLICATE_MEASUREMENT = PREFIX + "duplicateMeasurement";
    public static final String ELECTRICAL_STIMULUS_COUNT = PREFIX + "electricalStimulusCount";
    public static final String REPEAT_COUNT = PREFIX + "repeatCount";
    public static final String TIMED_IN_REPEAT = PREFIX + "timedInRepeat";
    public static final String INVALID_EXPERIMENT = PREFIX + "invalidExperiment";
    public static final String LIGHT_OUTLASTS_ELECTRICAL = PREFIX + "lightOutlastsElectrical";
    public static final String UNKNOWN_STATISTIC = PREFIX + "unknownStatistic";
    public static final String UNKNOWN_EXPECTED_OUTPUT = PREFIX + "unknownExpectedOutput";
    public static final String INVALID_EXPECTATION = PREFIX + "invalidExpectation";
    public static final String UNKNOWN_FIGURE_SOURCE = PREFIX + "unknownFigureSource";
    public static final String DUPLICATE_NAME = PREFIX + "duplicateName";
    public static final String INVALID_DEVICE = PREFIX + "invalidDevice";
    public static final String UNKNOWN_VARIATION_PARAMETER = PREFIX + "unknownVariationParameter";
    public static final String INVALID_VARIATION = PREFIX + "invalidVariation";
    public static final String MISSING_DATA = PREFIX + "missingData";
    public static final String EXPECTED_CHOICE = PREFIX + "expectedChoice";
    public static final String UNKNOWN_OPTION = PREFIX + "unknownOption";
    public static final String MISSING_CELL = PREFIX + "missingCell";
    public static final String NOT_A_PHOTO_CELL = PREFIX + "notAPhotoCell";
    public static final String INVALID_PATTERN = PREFIX + "invalidPattern";
    public static final String PATTERN_ROWS = PREFIX + "patternRows";
    public static final String PATTERN_EXPECTED = PREFIX + "patternExpected";
    public static final String PATTERN_SIZE = PREFIX + "patternSize";

    private IssueCodes() {
    }

    /** The code of an unknown name of a catalogue, {@code org.memdsl.unknownKind.KEYWORD}. */
    public static final String UNKNOWN_LIBRARY = PREFIX + "unknownLibrary";
    public static final String UNKNOWN_PROTOCOL_PARAMETER = PREFIX + "unknownProtocolParameter";
    public static final String PROTOCOL_ARGUMENT = PREFIX + "protocolArgument";
    public static final String NO_PROTOCOL = PREFIX + "noProtocol";
    public static final String UNKNOWN_REPORTED_OUTPUT = PREFIX + "unknownReportedOutput";
    public static final String LATER_EXPERIMENT = PREFIX + "laterExperiment";
    public static final String UNREADABLE_IMPORT = PREFIX + "unreadableImport";
    public static final String IMPORT_CYCLE = PREFIX + "importCycle";
    public static final String NAME_TOO_LONG = PREFIX + "nameTooLong";
    public static final String INVALID_STUDY = PREFIX + "invalidStudy";
    public static final String STUDY_TARGET = PREFIX + "studyTarget";
    public static final String INVALID_FIT = PREFIX + "invalidFit";
    /** A problem inside a data file; issue data: the file, its line, the problem without location. */
    public static final String DATA_FILE = PREFIX + "dataFile";

    public static String unknownKind(Catalogue<?> catalogue) {
        return UNKNOWN_KIND + catalogue.keyword();
    }
}
