package be.groupage.service.interfaces.rest.common;

import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.InvalidInputException.InputError;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Binds a parsed JSON request body onto a request record, strictly: the JSON must have the shape of the
 * Java type before anything is bound, and every place where it does not is reported with its JSON path
 * ({@code lines[3].quantity}), all at once, as one {@link InvalidInputException} (400).
 *
 * <p>The rules, type by type:
 * <ul>
 *   <li>a record takes a JSON object whose members are the record's component names; <b>an unknown member is
 *       refused</b> (never ignored), so a misspelt or invented field cannot pass unnoticed; a missing member or
 *       {@code null} is {@code null}, except for a primitive component, where it is required;</li>
 *   <li>{@code List<X>} takes a JSON array of X (no {@code null} entry), never a single X;</li>
 *   <li>{@code String} takes a JSON string; numbers and booleans are never turned into strings;</li>
 *   <li>{@code boolean}/{@code Boolean} take {@code true} or {@code false};</li>
 *   <li>{@code int}, {@code long} and their boxes take a JSON number with a whole value within the Java range
 *       ({@code 3} and {@code 3.0}, never {@code 1.5}, {@code "3"} or 2<sup>64</sup>: nothing wraps or truncates);</li>
 *   <li>{@code BigDecimal} takes a JSON number with at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point
 *       and {@value #MAX_DECIMALS} after it (a bound against hostile exponents; the use cases apply the tighter rules of
 *       money and quantities);</li>
 *   <li>an enum takes the JSON string of a constant's name;</li>
 *   <li>{@code LocalDate}, {@code Instant} and {@code OffsetDateTime} take ISO-8601 JSON strings.</li>
 * </ul>
 * Any other component type is a programming error ({@link #supports} tells which types bind).
 */
final class JsonRequestBinding {

    static final int MAX_INTEGER_DIGITS = 18;
    static final int MAX_DECIMALS = 20;
    /** Enough to correct a form; a hostile body of thousands of wrong entries gets no longer an answer. */
    static final int MAX_ERRORS = 50;
    /** The path of the body itself, as the use cases already name it. */
    static final String BODY = "body";

    private static final Map<Class<?>, RecordShape> SHAPES = new ConcurrentHashMap<>();

    private final List<InputError> errors = new ArrayList<>();

    private JsonRequestBinding() {
    }

    /** The record the JSON value describes; throws {@link InvalidInputException} listing every mismatch. */
    static <T> T bind(JsonValue json, Class<T> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        JsonRequestBinding binding = new JsonRequestBinding();
        Object bound = binding.value(json == null ? JsonValue.NULL : json, type, "");
        if (bound == null && binding.errors.isEmpty()) {
            binding.error("", "is required: a JSON object");
        }
        if (!binding.errors.isEmpty()) {
            throw new InvalidInputException("The request body does not have the shape this operation takes; nothing was done.",
                    binding.errors);
        }
        return type.cast(bound);
    }

    /** Whether a body of this type binds: a record whose components are, recursively, of the types above. */
    static boolean supports(Type type) {
        return supports(type, new HashSet<>());
    }

    private static boolean supports(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType list) {
            return list.getRawType() == List.class && supports(list.getActualTypeArguments()[0], seen);
        }
        if (!(type instanceof Class<?> c)) {
            return false;
        }
        if (c.isRecord()) {
            return !seen.add(c) || Arrays.stream(c.getRecordComponents()).allMatch(rc -> supports(rc.getGenericType(), seen));
        }
        return SCALARS.containsKey(c) || c.isEnum();
    }

    private Object value(JsonValue json, Type type, String path) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return list(json, list.getActualTypeArguments()[0], path);
        }
        Class<?> c = (Class<?>) type;
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            if (c.isPrimitive()) {
                error(path, "is required");
            }
            return null;
        }
        if (c.isRecord()) {
            return record(json, c, path);
        }
        if (c.isEnum()) {
            return constant(json, c, path);
        }
        Scalar scalar = SCALARS.get(c);
        if (scalar == null) {
            throw new IllegalStateException("A request body field of type " + c.getName() + " cannot be bound (at " + name(path) + ")");
        }
        if (json.getValueType() != scalar.json() && !(scalar.json() == JsonValue.ValueType.TRUE && json.getValueType() == JsonValue.ValueType.FALSE)) {
            error(path, "must be " + scalar.description() + ", not " + kind(json));
            return null;
        }
        return scalar.read().apply(json, path, this);
    }

    private Object record(JsonValue json, Class<?> type, String path) {
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            error(path, "must be a JSON object, not " + kind(json));
            return null;
        }
        JsonObject object = json.asJsonObject();
        RecordShape shape = SHAPES.computeIfAbsent(type, RecordShape::of);
        for (String member : object.keySet()) {
            if (!shape.components().containsKey(member)) {
                error(child(path, member), "is not a field of this request; the fields are " + String.join(", ", shape.components().keySet()));
            }
        }
        Object[] arguments = new Object[shape.components().size()];
        int i = 0;
        for (Map.Entry<String, Type> component : shape.components().entrySet()) {
            arguments[i++] = value(object.getOrDefault(component.getKey(), JsonValue.NULL), component.getValue(), child(path, component.getKey()));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return shape.construct(arguments);
    }

    private List<Object> list(JsonValue json, Type element, String path) {
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (json.getValueType() != JsonValue.ValueType.ARRAY) {
            error(path, "must be a JSON array, not " + kind(json));
            return null;
        }
        JsonArray array = json.asJsonArray();
        List<Object> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size() && errors.size() < MAX_ERRORS; i++) {
            JsonValue entry = array.get(i);
            String at = path + "[" + i + "]";
            if (entry.getValueType() == JsonValue.ValueType.NULL) {
                error(at, "must not be null");
            } else {
                values.add(value(entry, element, at));
            }
        }
        return values;
    }

    private Object constant(JsonValue json, Class<?> type, String path) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
        if (json instanceof JsonString text && names.contains(text.getString())) {
            return type.getEnumConstants()[names.indexOf(text.getString())];
        }
        error(path, "must be one of " + String.join(", ", names) + (json instanceof JsonString ? "" : ", not " + kind(json)));
        return null;
    }

    private Object whole(JsonValue json, String path, long min, long max) {
        BigDecimal number = ((JsonNumber) json).bigDecimalValue();
        boolean inRange = number.compareTo(BigDecimal.valueOf(min)) >= 0 && number.compareTo(BigDecimal.valueOf(max)) <= 0;
        if (!inRange || number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            error(path, "must be a whole number from " + min + " to " + max + ", not " + shown(number));
            return null;
        }
        return number.longValueExact();
    }

    private Object decimal(JsonValue json, String path) {
        BigDecimal number = ((JsonNumber) json).bigDecimalValue();
        if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            error(path, "is too large: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
            return null;
        }
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > MAX_DECIMALS) {
            error(path, "has more than " + MAX_DECIMALS + " decimals");
            return null;
        }
        return number;
    }

    private Object time(JsonValue json, String path, Function<String, Object> parse, String what) {
        String text = ((JsonString) json).getString();
        try {
            return parse.apply(text);
        } catch (DateTimeParseException e) {
            error(path, "is not an ISO-8601 " + what + ": " + text);
            return null;
        }
    }

    /** A number as the answer repeats it: a hostile thousand-digit one is cut short. */
    private static String shown(BigDecimal number) {
        String text = number.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private void error(String path, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(InputError.field(name(path), message));
        }
    }

    private static String name(String path) {
        return path.isEmpty() ? BODY : path;
    }

    private static String child(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    private static String kind(JsonValue json) {
        return switch (json.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }

    /** How a JSON scalar becomes a Java value of one type. */
    private record Scalar(JsonValue.ValueType json, String description, ScalarReader read) {
    }

    @FunctionalInterface
    private interface ScalarReader {
        Object apply(JsonValue json, String path, JsonRequestBinding binding);
    }

    private static final Map<Class<?>, Scalar> SCALARS = scalars();

    private static Map<Class<?>, Scalar> scalars() {
        Map<Class<?>, Scalar> scalars = new LinkedHashMap<>();
        Scalar text = new Scalar(JsonValue.ValueType.STRING, "a JSON string", (j, p, b) -> ((JsonString) j).getString());
        Scalar truth = new Scalar(JsonValue.ValueType.TRUE, "true or false", (j, p, b) -> j.getValueType() == JsonValue.ValueType.TRUE);
        Scalar integer = new Scalar(JsonValue.ValueType.NUMBER, "a JSON number",
                (j, p, b) -> {
                    Object whole = b.whole(j, p, Integer.MIN_VALUE, Integer.MAX_VALUE);
                    return whole == null ? null : Math.toIntExact((Long) whole);
                });
        Scalar longInteger = new Scalar(JsonValue.ValueType.NUMBER, "a JSON number", (j, p, b) -> b.whole(j, p, Long.MIN_VALUE, Long.MAX_VALUE));
        scalars.put(String.class, text);
        scalars.put(boolean.class, truth);
        scalars.put(Boolean.class, truth);
        scalars.put(int.class, integer);
        scalars.put(Integer.class, integer);
        scalars.put(long.class, longInteger);
        scalars.put(Long.class, longInteger);
        scalars.put(BigDecimal.class, new Scalar(JsonValue.ValueType.NUMBER, "a JSON number", (j, p, b) -> b.decimal(j, p)));
        scalars.put(LocalDate.class, new Scalar(JsonValue.ValueType.STRING, "a JSON string",
                (j, p, b) -> b.time(j, p, LocalDate::parse, "date, e.g. 2026-03-01")));
        scalars.put(Instant.class, new Scalar(JsonValue.ValueType.STRING, "a JSON string",
                (j, p, b) -> b.time(j, p, Instant::parse, "date and time, e.g. 2026-03-01T10:00:00Z")));
        scalars.put(OffsetDateTime.class, new Scalar(JsonValue.ValueType.STRING, "a JSON string",
                (j, p, b) -> b.time(j, p, OffsetDateTime::parse, "date and time, e.g. 2026-03-01T10:00:00+01:00")));
        return Map.copyOf(scalars);
    }

    /** A record's components by name, in declaration order, and its canonical constructor. */
    private record RecordShape(Map<String, Type> components, Constructor<?> constructor) {

        static RecordShape of(Class<?> type) {
            RecordComponent[] parts = type.getRecordComponents();
            Map<String, Type> components = new LinkedHashMap<>();
            for (RecordComponent part : parts) {
                components.put(part.getName(), part.getGenericType());
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return new RecordShape(Collections.unmodifiableMap(components), constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("A record without its canonical constructor: " + type.getName(), e);
            }
        }

        Object construct(Object[] arguments) {
            try {
                return constructor.newInstance(arguments);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
