package dev.switchboard.plugins.mastodon;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** The plugin's logger in tests: keeps every line (all levels, formatted, with the exception's message) for assertions. */
final class RecordingLogger extends LegacyAbstractLogger {

    /** One logged line. */
    record Line(Level level, String text) {
    }

    final List<Line> lines = new CopyOnWriteArrayList<>();

    RecordingLogger() {
        this.name = "plugin.mastodon-connector";
    }

    List<String> at(Level level) {
        return lines.stream().filter(l -> l.level() == level).map(Line::text).toList();
    }

    long count(Level level, String part) {
        return at(level).stream().filter(text -> text.contains(part)).count();
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                               Throwable throwable) {
        String text = MessageFormatter.basicArrayFormat(pattern, arguments);
        lines.add(new Line(level, throwable == null ? text : text + " " + throwable));
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    public boolean isTraceEnabled() {
        return true;
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }
}
