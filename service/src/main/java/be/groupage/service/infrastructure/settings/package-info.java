/**
 * Settings read from MicroProfile Config (the service's {@code microprofile-config.properties}, overridden by the
 * environment or {@code config/}), handed to the use cases as {@code core} policies.
 *
 * <p>May depend on: {@code core}, Jakarta EE and MicroProfile Config; never on the use cases nor on
 * {@code interfaces}.
 */
package be.groupage.service.infrastructure.settings;
