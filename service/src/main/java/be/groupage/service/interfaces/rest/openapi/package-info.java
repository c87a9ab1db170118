/**
 * The OpenAPI document at {@code /openapi} as programs read it: a filter that completes what the annotations
 * leave to the runtime (the server, the problem answers every operation shares, one {@code Problem} schema).
 *
 * <p>May depend on: the resources of every capability ({@code interfaces.rest.*}) and {@code interfaces.rest.common};
 * nothing depends on it (it is named in {@code microprofile-config.properties}).
 */
package be.groupage.service.interfaces.rest.openapi;
