/**
 * Members: reading and registering the CPAS and associations who buy through the platform ({@code MemberService}).
 *
 * <p>May depend on: {@code core}, {@code application.common}, {@code application.access} and the ports of
 * {@code application.port.members}.
 */
package be.groupage.service.application.members;
