/**
 * What every resource of the API shares: the application and its JSON binding ({@code GroupageApplication},
 * {@code StrictJsonReader}, {@code JsonRequestBinding}), errors as {@code application/problem+json}
 * ({@code Problem} and its mappers), the filters every call passes ({@code AuthorizationFilter} with
 * {@code Allowed}, {@code IdempotencyFilter}, {@code BodySizeLimit}), decimals as written ({@code Decimals}) and
 * the postal address in and out ({@code AddressDto}, {@code AddressView}).
 *
 * <p>May depend on: {@code application.access}, {@code application.common} with its ports and {@code core} value
 * types; never on a capability nor on {@code infrastructure}.
 */
package be.groupage.service.interfaces.rest.common;
