package be.groupage.service.interfaces.rest.common;

import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.cycles.CycleService;
import be.groupage.service.application.cycles.OrderService;
import be.groupage.service.interfaces.rest.invoicing.InvoiceViews;
import be.groupage.service.interfaces.rest.members.MembersResource;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class StrictJsonReaderTest {

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class, HeaderParam.class,
            Context.class, FormParam.class, BeanParam.class, CookieParam.class, MatrixParam.class);

    /** A request with every kind of component the reader binds. */
    record Sample(String text, boolean flag, Boolean maybe, int count, long big, Long id, BigDecimal amount, Kind kind,
                  LocalDate day, Instant at, List<Part> parts) {
    }

    record Part(String code, int line) {
    }

    enum Kind { CPAS, ASSOCIATION }

    private final StrictJsonReader reader = new StrictJsonReader();

    private <T> T read(Class<T> type, String json) throws Exception {
        return read(type, json.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> T read(Class<T> type, byte[] body) throws Exception {
        return type.cast(reader.readFrom((Class) type, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(body)));
    }

    /** The errors a refused body is answered with, as "field: message". */
    private List<String> refused(Class<?> type, String json) {
        return assertThatThrownBy(() -> read(type, json)).asInstanceOf(type(InvalidInputException.class)).actual().errors().stream()
                .map(e -> e.field() + ": " + e.message()).toList();
    }

    private List<String> fields(Class<?> type, String json) {
        return refused(type, json).stream().map(e -> e.substring(0, e.indexOf(':'))).toList();
    }

    @Test
    void aValidBodyBindsEveryKindOfComponent() throws Exception {
        Sample sample = read(Sample.class, """
                {"text": "Carottes", "flag": true, "maybe": null, "count": 3.0, "big": 9223372036854775807, "id": 42,
                 "amount": 12.50, "kind": "CPAS", "day": "2026-03-01", "at": "2026-03-01T10:00:00Z",
                 "parts": [{"code": "A", "line": 1}, {"code": "B", "line": -2}]}""");

        assertThat(sample).isEqualTo(new Sample("Carottes", true, null, 3, Long.MAX_VALUE, 42L, new BigDecimal("12.50"), Kind.CPAS,
                LocalDate.of(2026, 3, 1), Instant.parse("2026-03-01T10:00:00Z"), List.of(new Part("A", 1), new Part("B", -2))));
    }

    @Test
    void absentMembersAreNullButAbsentPrimitivesAreRequired() throws Exception {
        assertThat(read(OrderService.NewOrder.class, "{}")).isEqualTo(new OrderService.NewOrder(null, null, null));
        assertThat(refused(Part.class, "{\"code\": \"A\"}")).containsExactly("line: is required");
        assertThat(refused(Part.class, "{\"code\": \"A\", \"line\": null}")).containsExactly("line: is required");
    }

    @Test
    void anArrayWhereAnObjectIsExpectedIsRefusedNotItsFirstElementUsed() {
        assertThat(refused(InvoiceViews.CreditNoteRequest.class, "[{\"reason\": \"x\"}]"))
                .containsExactly("body: must be a JSON object, not an array");
        assertThat(refused(MembersResource.NewMemberDto.class, "{\"code\": \"ASBL-X\", \"address\": [{\"city\": \"Namur\"}]}"))
                .containsExactly("address: must be a JSON object, not an array");
    }

    @Test
    void aSingleObjectWhereAListIsExpectedIsRefused() {
        assertThat(refused(InvoiceViews.CreditNoteRequest.class, "{\"reason\": \"x\", \"lines\": {\"line\": 1, \"quantity\": 1}}"))
                .containsExactly("lines: must be a JSON array, not an object");
    }

    @Test
    void integersOutOfRangeOrFractionalAreRefusedNeverWrappedOrTruncated() {
        assertThat(refused(CycleService.NewCycle.class, "{\"catalogue\": 18446744073709551617}"))
                .containsExactly("catalogue: must be a whole number from -9223372036854775808 to 9223372036854775807, not 18446744073709551617");
        assertThat(fields(OrderService.NewOrder.class, "{\"version\": 18446744073709551616, \"lines\": []}")).containsExactly("version");
        assertThat(refused(InvoiceViews.CreditNoteRequest.class, "{\"reason\": \"x\", \"lines\": [{\"line\": 4294967297, \"quantity\": 1}]}"))
                .containsExactly("lines[0].line: must be a whole number from -2147483648 to 2147483647, not 4294967297");
        assertThat(refused(InvoiceViews.CreditNoteRequest.class, "{\"reason\": \"x\", \"lines\": [{\"line\": 1.5}]}"))
                .containsExactly("lines[0].line: must be a whole number from -2147483648 to 2147483647, not 1.5");
        assertThat(fields(Sample.class, "{\"flag\": false, \"count\": 1e400, \"big\": -9223372036854775809, \"id\": 1E-400}"))
                .containsExactly("count", "big", "id");
    }

    @Test
    void aStringIsNeverANumberNorANumberAString() {
        assertThat(refused(MembersResource.NewMemberDto.class, "{\"code\": 1234, \"name\": true, \"kbo\": 207000176}"))
                .containsExactly("code: must be a JSON string, not a number", "name: must be a JSON string, not a boolean",
                        "kbo: must be a JSON string, not a number");
        assertThat(refused(InvoiceViews.CreditNoteRequest.class, "{\"reason\": 42}")).containsExactly("reason: must be a JSON string, not a number");
        assertThat(refused(OrderService.NewOrder.class, "{\"version\": \"3\", \"lines\": [{\"product\": \"LEG-001\", \"quantity\": \"6\"}]}"))
                .containsExactly("lines[0].quantity: must be a JSON number, not a string", "version: must be a JSON number, not a string");
        assertThat(refused(Sample.class, "{\"flag\": \"true\", \"maybe\": 1, \"count\": 1, \"big\": 1}"))
                .containsExactly("flag: must be true or false, not a string", "maybe: must be true or false, not a number");
    }

    @Test
    void nullForAPrimitiveIsRequiredAndNullInAListIsRefused() {
        assertThat(refused(Sample.class, "{\"flag\": null, \"count\": null, \"big\": 1}")).containsExactly("flag: is required", "count: is required");
        assertThat(refused(OrderService.NewOrder.class, "{\"lines\": [null, {\"product\": \"A\", \"quantity\": 1}]}"))
                .containsExactly("lines[0]: must not be null");
    }

    @Test
    void everyErrorOfANestedListIsNamedByItsPath() {
        String order = """
                {"lines": [{"product": "LEG-001", "quantity": 6}, {"product": "CON-001", "quantity": 2},
                           {"product": "HYG-003", "quantity": 1}, {"product": "MEN-003", "quantity": "beaucoup"},
                           {"product": 7, "quantity": 1, "max": [2]}]}""";
        assertThat(refused(OrderService.NewOrder.class, order)).containsExactly("lines[3].quantity: must be a JSON number, not a string",
                "lines[4].product: must be a JSON string, not a number", "lines[4].max: must be a JSON number, not an array");
    }

    @Test
    void anUnknownFieldIsRefusedWithTheFieldsThereAre() {
        assertThat(refused(InvoiceViews.CreditNoteRequest.class, "{\"reason\": \"x\", \"amount\": 100}"))
                .containsExactly("amount: is not a field of this request; the fields are reason, lines");
        assertThat(fields(MembersResource.NewMemberDto.class, "{\"code\": \"ASBL-X\", \"address\": {\"city\": \"Namur\", \"zip\": \"5000\"}}"))
                .containsExactly("address.zip");
        assertThat(fields(OrderService.NewOrder.class, "{\"lines\": [{\"product\": \"A\", \"quantity\": 1, \"price\": 0}]}"))
                .containsExactly("lines[0].price");
    }

    @Test
    void enumsDatesAndDecimalsAreCheckedForWhatTheyAre() {
        assertThat(refused(Sample.class, "{\"flag\": true, \"count\": 1, \"big\": 1, \"kind\": \"cpas\", \"day\": \"01/03/2026\", \"at\": 5}"))
                .containsExactly("kind: must be one of CPAS, ASSOCIATION", "day: is not an ISO-8601 date, e.g. 2026-03-01: 01/03/2026",
                        "at: must be a JSON string, not a number");
        assertThat(refused(Sample.class, "{\"flag\": true, \"count\": 1, \"big\": 1, \"amount\": 1e999999999}"))
                .containsExactly("amount: is too large: at most 18 digits before the decimal point");
        assertThat(refused(Sample.class, "{\"flag\": true, \"count\": 1, \"big\": 1, \"amount\": 1e-999999999}"))
                .containsExactly("amount: has more than 20 decimals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "null"})
    void anEmptyBodyIsRequired(String body) {
        assertThat(refused(InvoiceViews.CreditNoteRequest.class, body)).containsExactly("body: is required: a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"x\"", "42", "true", "[]"})
    void aBodyOfAnotherTypeIsRefused(String body) {
        assertThat(fields(InvoiceViews.CreditNoteRequest.class, body)).containsExactly("body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"reason\": ", "{\"reason\": \"x\"} {}", "{\"reason\": \"x\", \"reason\": \"y\"}", "{reason: 'x'}",
            "{\"reason\": \"x\",}"})
    void textThatIsNotOneJsonValueIsMalformed(String body) {
        assertThatThrownBy(() -> read(InvoiceViews.CreditNoteRequest.class, body))
                .isInstanceOf(StrictJsonReader.MalformedBodyException.class).hasMessageStartingWith("is not");
    }

    @Test
    void aDeeplyNestedOrHugeNumberedBodyIsRefusedWithoutExhaustingTheServer() {
        assertThatThrownBy(() -> read(InvoiceViews.CreditNoteRequest.class, "{\"reason\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"))
                .isInstanceOf(StrictJsonReader.MalformedBodyException.class).hasMessageContaining("nested");
        assertThatThrownBy(() -> read(InvoiceViews.CreditNoteRequest.class, "{\"reason\": " + "[".repeat(40) + "]".repeat(40) + "}"))
                .isInstanceOf(StrictJsonReader.MalformedBodyException.class);
        assertThat(fields(InvoiceViews.CreditNoteRequest.class, "{\"reason\": \"x\", \"lines\": [{\"line\": 1" + "0".repeat(1000) + "}]}"))
                .containsExactly("lines[0].line");
        assertThat(fields(Sample.class, "{\"flag\": true, \"count\": 1, \"big\": 1, \"amount\": 1" + "0".repeat(1000) + "}"))
                .containsExactly("amount");
        // past the parser's own bound on a number's length, the body is not read at all
        assertThatThrownBy(() -> read(Sample.class, "{\"amount\": 1" + "0".repeat(5000) + "}"))
                .isInstanceOf(StrictJsonReader.MalformedBodyException.class);
    }

    @Test
    void bytesThatAreNotUtf8AreAMalformedBodyNeverReadAsReplacementCharacters() {
        byte[] body = {'{', '"', 't', 'e', 'x', 't', '"', ':', ' ', '"', 'C', (byte) 0xC3, '(', '"', '}'};
        assertThatThrownBy(() -> read(Sample.class, body))
                .isInstanceOf(StrictJsonReader.MalformedBodyException.class).hasMessageContaining("UTF-8");
        byte[] overlong = {'{', '"', 't', 'e', 'x', 't', '"', ':', ' ', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        assertThatThrownBy(() -> read(Sample.class, overlong))
                .isInstanceOf(StrictJsonReader.MalformedBodyException.class);
    }

    @Test
    void anEscapedControlCharacterOrLoneSurrogateIsValidJsonAndReachesTheUseCaseWhichAppliesTheTextRule() throws Exception {
        assertThat(read(Part.class, "{\"code\": \"A\\u0000B\\uD800\", \"line\": 1}").code()).isEqualTo("A\u0000B\uD800");
    }

    @Test
    void aHostileBodyGetsABoundedList() {
        String lines = String.join(",", java.util.Collections.nCopies(5000, "{\"product\": 1, \"quantity\": \"1\"}"));
        assertThat(refused(OrderService.NewOrder.class, "{\"lines\": [" + lines + "]}")).hasSize(JsonRequestBinding.MAX_ERRORS);
    }

    @Test
    void onlyRequestRecordsOfThisServiceAreClaimed() {
        assertThat(reader.isReadable(OrderService.NewOrder.class, OrderService.NewOrder.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE))
                .isTrue();
        assertThat(reader.isReadable(String.class, String.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(reader.isReadable(java.util.Map.class, java.util.Map.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE)).isFalse();
    }

    /** Every body a resource takes as JSON is a record this reader binds: none falls back to lenient binding. */
    @Test
    void everyJsonBodyOfTheApiIsBoundStrictly() {
        List<Parameter> bodies = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("be.groupage.service.interfaces.rest").stream()
                .filter(c -> c.isAnnotatedWith(Path.class))
                .flatMap(c -> Arrays.stream(c.reflect().getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(PATCH.class))
                .flatMap(StrictJsonReaderTest::bodyParameter)
                .toList();

        assertThat(bodies).hasSizeGreaterThanOrEqualTo(9);
        for (Parameter body : bodies) {
            if (body.getType() == String.class || body.getType() == byte[].class || body.getType() == java.io.InputStream.class) {
                continue;
            }
            assertThat(reader.isReadable(body.getType(), body.getParameterizedType(), new Annotation[0], MediaType.APPLICATION_JSON_TYPE))
                    .as(body.getDeclaringExecutable() + " " + body).isTrue();
            assertThat(JsonRequestBinding.supports(body.getParameterizedType())).as(body.getDeclaringExecutable() + " " + body).isTrue();
        }
    }

    private static java.util.stream.Stream<Parameter> bodyParameter(Method method) {
        return Arrays.stream(method.getParameters())
                .filter(p -> Arrays.stream(p.getAnnotations()).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType())));
    }
}
