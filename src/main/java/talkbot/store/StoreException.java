package talkbot.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The store could not be opened, read or written; the message says which file and why, in words an
 * operator can act on (locked by another process, disk full, read-only, corrupt), and
 * {@link #fault()} says the same for code.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong underneath, as far as SQLite tells. */
    public enum Fault {
        LOCKED("locked by another process"),
        FULL("the disk is full"),
        READ_ONLY("read-only"),
        CORRUPT("corrupt (not a valid SQLite database)"),
        IO("an I/O error"),
        OTHER("an error");

        private final String words;

        Fault(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private final transient Fault fault;

    public StoreException(String message, Throwable cause) {
        this(message, cause, Fault.OTHER);
    }

    private StoreException(String message, Throwable cause, Fault fault) {
        super(message, cause);
        this.fault = fault;
    }

    /** "cannot WHAT in FILE: CAUSE (SQLite's own words)". */
    static StoreException of(String what, Path file, SQLException e) {
        Fault fault = faultOf(e);
        String sqlite = String.valueOf(e.getMessage());
        String where = what.equals("open") || what.equals("close") ? " " : " in ";
        String message = fault == Fault.OTHER
                ? "cannot " + what + where + file + ": " + sqlite
                : "cannot " + what + where + file + ": " + fault.words() + " (" + sqlite + ")";
        return new StoreException(message, e, fault);
    }

    static StoreException readOnly(String message) {
        return new StoreException(message, null, Fault.READ_ONLY);
    }

    public Fault fault() {
        return fault;
    }

    /** Sorts SQLite's result codes into the faults an operator can act on. */
    static Fault faultOf(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        if (code == null) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED")) {
                return Fault.LOCKED;
            }
            if (m.contains("SQLITE_FULL")) {
                return Fault.FULL;
            }
            if (m.contains("SQLITE_READONLY")) {
                return Fault.READ_ONLY;
            }
            if (m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB")) {
                return Fault.CORRUPT;
            }
            return Fault.OTHER;
        }
        String name = code.name();
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return Fault.LOCKED;
        }
        if (name.startsWith("SQLITE_FULL")) {
            return Fault.FULL;
        }
        if (name.startsWith("SQLITE_READONLY")) {
            return Fault.READ_ONLY;
        }
        if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
            return Fault.CORRUPT;
        }
        if (name.startsWith("SQLITE_IOERR") || name.startsWith("SQLITE_CANTOPEN")) {
            return Fault.IO;
        }
        return Fault.OTHER;
    }
}
