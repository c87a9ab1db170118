/**
 * The port of the documents capability: turning what is printed ({@code application.document}) into bytes, PDF,
 * UBL or CSV ({@code DocumentRenderer}). Plain Java.
 *
 * <p>May depend on: {@code core} and {@code application.document}. Implemented in
 * {@code infrastructure.documents}.
 */
package be.groupage.service.application.port.document;
