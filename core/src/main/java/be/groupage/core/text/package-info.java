/**
 * Text as it enters and leaves Groupage: the one rule for what a text field may hold, and the one way a
 * cell is written into a CSV file that a spreadsheet opens.
 *
 * <p>{@link be.groupage.core.text.PlainText} is the input rule: a text (a name, a title, a reference, a lot
 * number, a CSV cell) holds no control character, no line break and no lone surrogate. The only text typed
 * on several lines, a credit note's reason, has its line breaks and tabs folded into spaces first
 * ({@link be.groupage.core.text.PlainText#foldLines}).
 *
 * <p>{@link be.groupage.core.text.SpreadsheetCell} is the output rule: a cell that a spreadsheet would read
 * as a formula (starting with {@code = + - @}, a tab or a carriage return) is written behind a single quote,
 * a plain number is written as it is, and a cell holding the separator, a quote or a line break is quoted.
 *
 * <p>Depends on: the JDK only. Every other package may depend on this one.
 */
package be.groupage.core.text;
