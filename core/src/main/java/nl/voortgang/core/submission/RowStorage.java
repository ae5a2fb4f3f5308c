package nl.voortgang.core.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.voortgang.core.PartnerFigure;

/**
 * How the rows of one kind of partner file are kept: the table they go in, its columns with their types, how a
 * row is taken apart into column values, and how it is put back together. A store (the database, or anything an
 * embedder writes) needs nothing else to keep the rows of a kind; the alliance, partner and year of every row are
 * those of its submission, so they are not kept per row.
 */
public final class RowStorage<T extends PartnerFigure> {

    /** The types a column can have; a store maps them onto its own. */
    public enum Type {
        /** Text, codes and labels; null for an empty optional value. */
        TEXT,
        /** An exact decimal: amounts, measured values. */
        DECIMAL,
        /** A day. */
        DATE
    }

    /** One kept column: its name, its type and how the value is read from a row. */
    public record Column<T>(String name, Type type, Function<T, Object> value) {

        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Puts a row back together from its submission's key and its kept values. */
    @FunctionalInterface
    public interface Assembler<T extends PartnerFigure> {
        T assemble(SubmissionKey key, Values<T> values);
    }

    private final String table;
    private final List<Column<T>> columns;
    private final Assembler<T> assembler;

    private RowStorage(String table, List<Column<T>> columns, Assembler<T> assembler) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.assembler = assembler;
    }

    public static <T extends PartnerFigure> Builder<T> table(String table) {
        return new Builder<>(table);
    }

    public String table() {
        return table;
    }

    public List<Column<T>> columns() {
        return columns;
    }

    /** The row's values, in the order of {@link #columns()}. */
    public Object[] values(T row) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).value().apply(row);
        }
        return values;
    }

    /** The row with these values (in the order of {@link #columns()}) in a submission with this key. */
    public T assemble(SubmissionKey key, Object[] values) {
        return assembler.assemble(key, new Values<>(this, values));
    }

    /** Kept values of one row, read by column name. */
    public static final class Values<T extends PartnerFigure> {

        private final RowStorage<T> storage;
        private final Object[] values;

        private Values(RowStorage<T> storage, Object[] values) {
            if (values.length != storage.columns.size()) {
                throw new IllegalArgumentException(storage.table + " keeps " + storage.columns.size() + " values a row, not " + values.length);
            }
            this.storage = storage;
            this.values = values;
        }

        private Object get(String name, Type type) {
            for (int i = 0; i < storage.columns.size(); i++) {
                Column<T> column = storage.columns.get(i);
                if (column.name().equals(name)) {
                    if (column.type() != type) {
                        throw new IllegalArgumentException(storage.table + "." + name + " is " + column.type() + ", not " + type);
                    }
                    return values[i];
                }
            }
            throw new IllegalArgumentException(storage.table + " has no column " + name);
        }

        public String text(String name) {
            return (String) get(name, Type.TEXT);
        }

        /** A decimal as it was written: without the trailing zeros a store's fixed scale may add, never in exponent form. */
        public BigDecimal decimal(String name) {
            BigDecimal value = (BigDecimal) get(name, Type.DECIMAL);
            if (value == null) {
                return null;
            }
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }

        public LocalDate date(String name) {
            return (LocalDate) get(name, Type.DATE);
        }
    }

    /** Declares the columns one after the other. */
    public static final class Builder<T extends PartnerFigure> {

        private final String table;
        private final List<Column<T>> columns = new ArrayList<>();

        private Builder(String table) {
            this.table = table;
        }

        public Builder<T> text(String name, Function<T, String> value) {
            columns.add(new Column<>(name, Type.TEXT, value::apply));
            return this;
        }

        public Builder<T> decimal(String name, Function<T, BigDecimal> value) {
            columns.add(new Column<>(name, Type.DECIMAL, value::apply));
            return this;
        }

        public Builder<T> date(String name, Function<T, LocalDate> value) {
            columns.add(new Column<>(name, Type.DATE, value::apply));
            return this;
        }

        public RowStorage<T> assembledBy(Assembler<T> assembler) {
            return new RowStorage<>(table, columns, assembler);
        }
    }
}
