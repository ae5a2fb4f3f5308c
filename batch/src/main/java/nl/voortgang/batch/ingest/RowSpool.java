package nl.voortgang.batch.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.voortgang.batch.storage.SubmissionRows;
import nl.voortgang.core.activity.ActivityProgress;
import nl.voortgang.core.alliance.ActivityCode;
import nl.voortgang.core.alliance.ActivityStatus;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.budget.BudgetLine;
import nl.voortgang.core.budget.BudgetStatus;
import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.budget.Expenditure;
import nl.voortgang.core.indicator.Disaggregation;
import nl.voortgang.core.indicator.IndicatorResult;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.submission.SubmissionKey;

/**
 * The rows of a file that was checked whole, in a compact binary form next to its kept copy, so that storing them
 * does not read and check the CSV a second time. Written by the validation step, read by the store step (which can
 * skip what a failed attempt already stored), removed once the submission is accepted.
 */
final class RowSpool {

    private RowSpool() {
    }

    static Path of(Path keptCopy) {
        return keptCopy.resolveSibling(keptCopy.getFileName() + ".rows");
    }

    /** Writes rows, one after the other; {@link #close()} makes them durable. */
    static final class Writer implements Closeable {

        private final FileOutputStream file;
        private final DataOutputStream out;

        Writer(Path spool) throws IOException {
            this.file = new FileOutputStream(spool.toFile());
            this.out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16));
        }

        void write(long line, Object figure) throws IOException {
            out.writeLong(line);
            if (figure instanceof Expenditure e) {
                out.writeByte(e.category().ordinal());
                out.writeLong(cents(e.amount()));
                date(e.bookedOn());
                text(e.description());
                text(e.explanation());
            } else if (figure instanceof BudgetLine b) {
                out.writeByte(b.category().ordinal());
                out.writeLong(cents(b.amount()));
                out.writeByte(b.status().ordinal());
                text(b.note());
            } else if (figure instanceof ActivityProgress a) {
                out.writeUTF(a.activity().value());
                out.writeByte(a.status().ordinal());
                date(a.completedOn());
                text(a.explanation());
            } else if (figure instanceof IndicatorResult r) {
                out.writeUTF(r.indicator().value());
                out.writeUTF(r.value().toPlainString());
                text(r.disaggregation() == null ? null : r.disaggregation().dimension());
                text(r.disaggregation() == null ? null : r.disaggregation().category());
                text(r.explanation());
            } else {
                throw new IllegalArgumentException("not a row of a partner file: " + figure);
            }
        }

        private static long cents(Money money) {
            return money.amount().movePointRight(2).longValueExact();
        }

        private void date(LocalDate date) throws IOException {
            out.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
        }

        private void text(String text) throws IOException {
            out.writeBoolean(text != null);
            if (text != null) {
                out.writeUTF(text);
            }
        }

        @Override
        public void close() throws IOException {
            out.flush();
            file.getChannel().force(true);
            out.close();
        }
    }

    /** Reads the rows back as the figures of the submission with {@code key}. */
    static final class Reader implements Closeable {

        private final DataInputStream in;
        private final SubmissionKey key;

        Reader(Path spool, SubmissionKey key) throws IOException {
            InputStream file = Files.newInputStream(spool);
            this.in = new DataInputStream(new BufferedInputStream(file, 1 << 16));
            this.key = key;
        }

        /** The next row, or null at the end. */
        SubmissionRows.Line read() throws IOException {
            long line;
            try {
                line = in.readLong();
            } catch (EOFException end) {
                return null;
            }
            AllianceCode alliance = key.alliance();
            OrganisationCode partner = key.partner();
            int year = key.year();
            Object figure = switch (key.kind()) {
                case EXPENDITURE -> new Expenditure(alliance, partner, year, CostCategory.values()[in.readByte()], Money.cents(in.readLong()),
                        date(), text(), text());
                case BUDGET -> new BudgetLine(alliance, partner, year, CostCategory.values()[in.readByte()], Money.cents(in.readLong()),
                        BudgetStatus.values()[in.readByte()], text());
                case ACTIVITY_PROGRESS -> new ActivityProgress(alliance, partner, year, ActivityCode.of(in.readUTF()),
                        ActivityStatus.values()[in.readByte()], date(), text());
                case INDICATOR_RESULTS -> {
                    IndicatorCode indicator = IndicatorCode.of(in.readUTF());
                    BigDecimal value = new BigDecimal(in.readUTF());
                    String dimension = text();
                    String category = text();
                    yield new IndicatorResult(alliance, partner, year, indicator, value,
                            dimension == null ? null : new Disaggregation(dimension, category), text());
                }
            };
            return new SubmissionRows.Line(line, figure);
        }

        private LocalDate date() throws IOException {
            long day = in.readLong();
            return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
        }

        private String text() throws IOException {
            return in.readBoolean() ? in.readUTF() : null;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
