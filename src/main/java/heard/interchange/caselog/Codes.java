package heard.interchange.caselog;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import heard.casework.Advocacy;
import heard.casework.Channel;
import heard.casework.ComplainantRole;
import heard.casework.Outcome;
import heard.casework.ProcedureKind;
import heard.casework.RemedyType;
import heard.casework.Sex;
import heard.ombudsman.OmbudsmanDecision;

/** A fixed list of the case log's values, looked up by code without case or surrounding spaces. */
final class Codes<E extends Enum<E>> {

    static final Codes<LogRecordType> RECORD_TYPES = new Codes<>(LogRecordType.values(), LogRecordType::code);
    static final Codes<ProcedureKind> PROCEDURES = new Codes<>(ProcedureKind.values(), ProcedureKind::code);
    static final Codes<Channel> CHANNELS = new Codes<>(Channel.values(), Channel::code);
    static final Codes<ComplainantRole> ROLES = new Codes<>(ComplainantRole.values(), ComplainantRole::code);
    static final Codes<Sex> SEXES = new Codes<>(Sex.values(), Sex::code);
    static final Codes<Advocacy> ADVOCACY = new Codes<>(Advocacy.values(), Advocacy::code);
    static final Codes<Outcome> OUTCOMES = new Codes<>(Outcome.values(), Outcome::code);
    static final Codes<OmbudsmanDecision> DECISIONS = new Codes<>(OmbudsmanDecision.values(), OmbudsmanDecision::code);
    static final Codes<RemedyType> REMEDIES = new Codes<>(RemedyType.values(), RemedyType::code);

    private final Map<String, E> byCode;

    private Codes(E[] values, Function<E, String> code) {
        this.byCode = Arrays.stream(values).collect(Collectors.toMap(code, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    E find(String text) {
        return byCode.get(text.strip().toLowerCase(Locale.ROOT));
    }

    /** The codes, for a message listing what a cell may hold. */
    String list() {
        return String.join(", ", byCode.keySet());
    }
}
