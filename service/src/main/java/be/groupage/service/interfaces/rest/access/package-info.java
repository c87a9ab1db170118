/**
 * The REST API of access: who is signed in ({@code MeResource}), what the web pages ask first.
 *
 * <p>May depend on: {@code application.access} and {@code interfaces.rest.common}; never on
 * {@code infrastructure}.
 */
package be.groupage.service.interfaces.rest.access;
